// The DOCX's styles.xml and fontTable.xml, written here rather than left to the docx package's
// defaults: real named styles (正文, 标题, 标题 1/2, 表格文字, …) whose fonts, sizes and spacing
// come from layout.ts, and a font table that tells Word what to use when 仿宋_GB2312 is missing.

import { FONTS, LINE_PITCH_TWIPS, TABLE, TEXT_STYLES } from './layout';
import type { FontKey, TextStyle, TextStyleKey } from './layout';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function runFontsXml(font: FontKey): string {
  const name = escapeXml(FONTS[font].docx);
  return `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}" w:hint="eastAsia"/>`;
}

function runPropsXml(style: TextStyle): string {
  const halfPoints = style.sizePt * 2;
  return (
    `<w:rPr>${runFontsXml(style.font)}` +
    `<w:spacing w:val="${style.charSpacingTwips}"/>` +
    `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr>`
  );
}

interface StyleDef {
  readonly key: TextStyleKey;
  readonly pPr: string;
  readonly extra?: string;
}

const NO_GRID = '<w:snapToGrid w:val="0"/>';

const STYLE_DEFS: readonly StyleDef[] = [
  { key: 'body', pPr: '<w:jc w:val="both"/>' },
  { key: 'title', pPr: '<w:jc w:val="center"/><w:outlineLvl w:val="0"/>' },
  { key: 'heading1', pPr: '<w:outlineLvl w:val="1"/>', extra: '<w:next w:val="Normal"/>' },
  { key: 'heading2', pPr: '<w:outlineLvl w:val="2"/>', extra: '<w:next w:val="Normal"/>' },
  { key: 'label', pPr: '<w:jc w:val="left"/>' },
  { key: 'cc', pPr: '' },
  // Cells keep their own exact pitch (21 pt in a 4号 table) even where an office's copy of the
  // paper is given a line grid (w:docGrid w:type="lines", as WPS sets on new documents): they do
  // not snap to it. The papers' section has no grid type (w:docGrid w:linePitch only), and exact
  // spacing already overrides a grid in Word; this makes it so in every word processor.
  { key: 'cell', pPr: `${NO_GRID}<w:jc w:val="left"/>` },
  { key: 'cellHeader', pPr: `${NO_GRID}<w:jc w:val="center"/>` },
  { key: 'cellLarge', pPr: `${NO_GRID}<w:jc w:val="left"/>` },
  { key: 'cellHeaderLarge', pPr: `${NO_GRID}<w:jc w:val="center"/>` },
  { key: 'pageNumber', pPr: '' },
];

function paragraphStyleXml(def: StyleDef): string {
  const style = TEXT_STYLES[def.key];
  const isDefault = def.key === 'body';
  return (
    `<w:style w:type="paragraph"${isDefault ? ' w:default="1"' : ''} w:styleId="${style.docxId}">` +
    `<w:name w:val="${escapeXml(style.docxName)}"/>` +
    (isDefault ? '' : '<w:basedOn w:val="Normal"/>') +
    (def.extra ?? '') +
    '<w:qFormat/>' +
    `<w:pPr>${def.pPr}</w:pPr>` +
    runPropsXml(style) +
    '</w:style>'
  );
}

/** styles.xml: defaults on the 28.95 pt exact pitch without widow control, then one style per text role. */
export function stylesXml(): string {
  const body = TEXT_STYLES.body;
  const defaults =
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    runFontsXml(body.font) +
    `<w:sz w:val="${body.sizePt * 2}"/><w:szCs w:val="${body.sizePt * 2}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
    '<w:widowControl w:val="0"/>' +
    // 避头尾 inside the block: no 。，、 hangs past the margin (Word's and LibreOffice's default
    // lets it); the character before it goes to the next line with it, as the PDF breaks.
    '<w:kinsoku w:val="1"/><w:overflowPunct w:val="0"/>' +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH_TWIPS}" w:lineRule="exact"/>` +
    '</w:pPr></w:pPrDefault></w:docDefaults>';
  const pad = TABLE.cellPaddingTwips;
  const tableNormal =
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  const defaultFont =
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:styles xmlns:w="${W_NS}">` +
    defaults +
    STYLE_DEFS.map(paragraphStyleXml).join('') +
    defaultFont +
    tableNormal +
    '</w:styles>'
  );
}

const PANOSE: Readonly<Record<FontKey, string>> = {
  fangsong: '02010609030101010101',
  xiaobiaosong: '02000000000000000000',
  hei: '02010609060101010101',
  kai: '02010609060101010101',
  song: '02010600030101010101',
};

/** fontTable.xml with each font's GB2312 charset, panose and an alternative name (仿宋_GB2312 → 仿宋). */
export function fontTableXml(): string {
  const fonts = (Object.keys(FONTS) as FontKey[]).map((key) => {
    const face = FONTS[key];
    return (
      `<w:font w:name="${escapeXml(face.docx)}"><w:altName w:val="${escapeXml(face.docxAlt)}"/>` +
      `<w:panose1 w:val="${PANOSE[key]}"/><w:charset w:val="86"/><w:family w:val="modern"/>` +
      '<w:pitch w:val="fixed"/></w:font>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${fonts.join('')}</w:fonts>`;
}
