import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import { toFlow } from './flow';
import { measureWithBuiltinMetrics } from './metrics';
import { paginate } from './paginate';
import { escapeHtml, renderHtml } from './render-html';
import { loadTemplate, sampleData } from './template-store';

function model(id: string, change?: (data: Record<string, unknown>) => void) {
  const data = structuredClone(sampleData(id)) as Record<string, unknown>;
  change?.(data);
  return buildDocument(loadTemplate(id).template, data);
}

describe('renderHtml', () => {
  it('is one self-contained page per A4 page, with no scripts or external resources', () => {
    const m = model('review-opinion');
    const html = renderHtml(m);
    const pages = paginate(toFlow(m), measureWithBuiltinMetrics).length;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<section class="fs-page"/g)).toHaveLength(pages);
    expect(html).toContain('width:210mm;height:297mm');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
  });

  it('sets the official typefaces with Noto CJK fallbacks', () => {
    const html = renderHtml(model('review-opinion'));
    expect(html).toContain(".f-fangsong{font-family:'仿宋_GB2312', 'FangSong_GB2312', 'FangSong', '仿宋'");
    expect(html).toContain("'Noto Serif CJK SC', 'Noto Serif SC', serif;}");
    expect(html).toContain('.s-body{font-size:16pt;letter-spacing:-0.25pt;}');
    expect(html).toContain('.s-title{font-size:22pt;');
    expect(html).toContain('— 1 —');
  });

  it('escapes case data so it cannot become markup', () => {
    const html = renderHtml(
      model('acceptance-notice', (d) => {
        d.sender = '<script>alert("x")</script>';
        d.case = { title: '<img src=x onerror=alert(1)>案' };
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });
});
