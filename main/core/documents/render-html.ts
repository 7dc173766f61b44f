// HTML renderer for the on-screen preview: one self-contained string (inline CSS, no scripts, no
// external resources) showing A4 pages laid out exactly as the PDF — same line breaks, same page
// breaks, the 版记's rules where the PDF draws them — in the official typefaces where installed,
// with Noto CJK fallbacks. All case data is escaped, so nothing in it can become markup.

import { textSpec } from './flow';
import { CSS_GENERIC, FONTS, LINE_PITCH_TWIPS, TABLE, TEXT_STYLES } from './layout';
import type { FontKey, TextStyleKey } from './layout';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocumentModel } from './model';
import { documentFlow } from './document-flow';
import { pageNumberLine, paginate } from './paginate';
import type { PlacedLine, PlacedRule } from './paginate';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const pt = (twips: number): string => `${Number((twips / 20).toFixed(2))}pt`;

function fontFamily(key: FontKey): string {
  return [...FONTS[key].css.map((name) => `'${name}'`), CSS_GENERIC[key]].join(', ');
}

function styleRules(): string {
  const fonts = (Object.keys(FONTS) as FontKey[]).map((key) => `.f-${key}{font-family:${fontFamily(key)};}`);
  const styles = (Object.keys(TEXT_STYLES) as TextStyleKey[]).map((key) => {
    const s = TEXT_STYLES[key];
    const bold = key === 'title' ? 'font-weight:bold;' : '';
    return `.s-${key}{font-size:${s.sizePt}pt;letter-spacing:${s.charSpacingTwips / 20}pt;${bold}}`;
  });
  return [
    'html,body{margin:0;padding:0;}',
    'body{background:#e9ecef;}',
    '.fs-page{position:relative;width:210mm;height:297mm;margin:12px auto;background:#fff;',
    'box-shadow:0 1px 4px rgba(0,0,0,.25);overflow:hidden;color:#000;}',
    `.fs-line{position:absolute;white-space:pre;height:${pt(LINE_PITCH_TWIPS)};line-height:${pt(LINE_PITCH_TWIPS)};}`,
    '.fs-stretch{text-align:justify;text-align-last:justify;text-justify:inter-character;}',
    `.fs-cell{position:absolute;box-sizing:border-box;outline:${TABLE.borderEighthsPt / 8}pt solid #000;`,
    `outline-offset:-${TABLE.borderEighthsPt / 16}pt;}`,
    '.fs-rule{position:absolute;height:0;border-top-style:solid;border-top-color:#000;}',
    '@page{size:A4;margin:0;}',
    '@media print{body{background:none;}.fs-page{margin:0;box-shadow:none;break-after:page;}}',
    ...fonts,
    ...styles,
  ].join('');
}

function lineHtml(line: PlacedLine): string {
  const text = line.text.chars.slice(line.range.start, line.range.end).join('');
  const font = textSpec(line.style).font;
  const stretch = line.stretch ? ' fs-stretch' : '';
  const align = line.stretch ? '' : `text-align:${line.align === 'justify' ? 'left' : line.align};`;
  const height = line.height === LINE_PITCH_TWIPS ? '' : `height:${pt(line.height)};line-height:${pt(line.height)};`;
  return (
    `<div class="fs-line f-${font} s-${line.style}${stretch}" ` +
    `style="left:${pt(line.x)};top:${pt(line.y)};width:${pt(line.width)};${height}${align}">${escapeHtml(text)}</div>`
  );
}

/** A 版记 rule as a border whose middle is where the PDF strokes it. */
function ruleHtml(rule: PlacedRule): string {
  return (
    `<div class="fs-rule" style="left:${pt(rule.x)};top:${pt(rule.y - rule.thickness / 2)};` +
    `width:${pt(rule.width)};border-top-width:${pt(rule.thickness)};"></div>`
  );
}

export interface RenderHtmlOptions {
  /** Shown in the browser tab; defaults to the document's name. */
  readonly title?: string | undefined;
}

export function renderHtml(model: DocumentModel, options: RenderHtmlOptions = {}): string {
  const pages = paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics);
  const body = pages.map((page) => {
    const cells = page.cells.map(
      (c) =>
        `<div class="fs-cell" style="left:${pt(c.x)};top:${pt(c.y)};width:${pt(c.width)};height:${pt(c.height)};"></div>`,
    );
    const rules = page.rules.map(ruleHtml);
    const lines = page.lines.map(lineHtml);
    let number = '';
    if (model.pageNumbers) {
      const n = pageNumberLine(page.number);
      const style = TEXT_STYLES.pageNumber;
      number =
        `<div class="fs-line f-${style.font} s-pageNumber" style="left:${pt(n.x)};top:${pt(n.y)};` +
        `width:${pt(n.width)};height:${pt(style.sizePt * 20)};line-height:${pt(style.sizePt * 20)};` +
        `text-align:${n.align};">${escapeHtml(n.text)}</div>`;
    }
    return `<section class="fs-page" aria-label="第${page.number}页">${cells.join('')}${rules.join('')}${lines.join('')}${number}</section>`;
  });
  return (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(options.title ?? model.name)}</title>` +
    `<style>${styleRules()}</style></head><body>${body.join('')}</body></html>`
  );
}
