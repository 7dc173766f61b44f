import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import { measureWithBuiltinMetrics } from './metrics';
import { documentFlow } from './document-flow';
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
    const pages = paginate(documentFlow(m, measureWithBuiltinMetrics), measureWithBuiltinMetrics).length;
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

  it('draws the 版记 rules on the last page, where the PDF strokes them, and none without a 抄送', () => {
    const m = model('transfer-letter');
    const pages = paginate(documentFlow(m, measureWithBuiltinMetrics), measureWithBuiltinMetrics);
    const html = renderHtml(m);
    const sections = html.split('<section ').slice(1);
    expect(sections).toHaveLength(pages.length);
    const last = sections.at(-1) ?? '';
    expect(sections.slice(0, -1).join('')).not.toContain('fs-rule');
    // Thick above the 抄送, thin above the 印发机关和印发日期, thick below (GB/T 9704 §7.4.1).
    expect(last.match(/class="fs-rule"/g)).toHaveLength(3);
    const rule = pages.at(-1)?.rules[0];
    expect(last).toContain(`top:${((rule?.y ?? 0) - 10) / 20}pt;width:442.25pt;border-top-width:1pt;`);
    expect(last).toContain('抄送：某某区司法局。');
    expect(last).toContain('height:26.05pt;line-height:26.05pt;');
    expect(renderHtml(model('transfer-letter', (d) => delete d.cc))).not.toContain('class="fs-rule"');
  });
});
