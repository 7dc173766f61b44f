// Every layout number of GB/T 9704-2012 that the renderers use, in one place, so that the DOCX,
// the PDF and the HTML preview cannot drift apart. Lengths are kept in twips (1/20 pt, 1/1440 in):
// the unit Word stores, integral, and exact in PDF points (twips / 20).

export const TWIPS_PER_PT = 20;

/** Word stores page geometry in whole twips; docx's own helper truncates, so round here. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function twipsToPt(twips: number): number {
  return twips / TWIPS_PER_PT;
}

export function twipsToMm(twips: number): number {
  return (twips * 25.4) / 1440;
}

/** A4 in twips (210 mm × 297 mm). */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;

/** GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm; the text area is 156 mm × 225 mm. */
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

export const MARGINS_TWIPS = {
  top: mmToTwips(MARGINS_MM.top),
  bottom: mmToTwips(MARGINS_MM.bottom),
  left: mmToTwips(MARGINS_MM.left),
  right: mmToTwips(MARGINS_MM.right),
} as const;

export const TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - MARGINS_TWIPS.left - MARGINS_TWIPS.right;
export const TEXT_HEIGHT_TWIPS = PAGE_HEIGHT_TWIPS - MARGINS_TWIPS.top - MARGINS_TWIPS.bottom;

/** 22 lines a page (GB/T 9704 §5.2.2): 225 mm / 22 ≈ 28.95 pt, kept as exact line spacing. */
export const LINES_PER_PAGE = 22;
export const LINE_PITCH_TWIPS = 579;

/** 28 characters a line: 3号 (16 pt) glyphs tightened by 0.25 pt give a 15.75 pt pitch. */
export const CHARS_PER_LINE = 28;
export const BODY_SIZE_PT = 16;
export const BODY_CHAR_SPACING_TWIPS = -5;
export const BODY_CHAR_PITCH_TWIPS = BODY_SIZE_PT * TWIPS_PER_PT + BODY_CHAR_SPACING_TWIPS;

/** The gap LibreOffice and Word put between Chinese and Latin letters or digits: 1/5 of the font size. */
export const AUTOSPACE_FRACTION = 0.2;

/** Page number (GB/T 9704 §7.5): 4号 half-width digits between em dashes, 7 mm below the text area. */
export const PAGE_NUMBER = {
  sizePt: 14,
  gapBelowTextMm: 7,
  /** 单页码居右空一字，双页码居左空一字 */
  sideIndentTwips: 14 * TWIPS_PER_PT,
  dash: '—',
} as const;

/**
 * 一字线上距版心下边缘7mm: the em dash's stroke lies about 0.58 em below the top of its em box, so
 * the page number's box starts that much above the 7 mm line (measured on 600 dpi rasters: 7.0 mm;
 * it lay 9.9 mm below when the box started at 7 mm).
 */
export const PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS = Math.round(
  mmToTwips(PAGE_NUMBER.gapBelowTextMm) - PAGE_NUMBER.sizePt * TWIPS_PER_PT * 0.58,
);

/** Distance from the page's bottom edge to the bottom of the footer line, as Word measures it. */
export const FOOTER_DISTANCE_TWIPS =
  MARGINS_TWIPS.bottom - PAGE_NUMBER_TOP_BELOW_TEXT_TWIPS - PAGE_NUMBER.sizePt * TWIPS_PER_PT;

/** Header distance is irrelevant (no header) but Word wants one. */
export const HEADER_DISTANCE_TWIPS = mmToTwips(15);

export type FontKey = 'fangsong' | 'xiaobiaosong' | 'hei' | 'kai' | 'song';

export interface FontFace {
  /** East-Asian font name written into the DOCX. */
  readonly docx: string;
  /** Name Word may substitute when the first is missing (w:altName in the font table). */
  readonly docxAlt: string;
  /** CSS font-family fallback list for the on-screen preview. */
  readonly css: readonly string[];
  /** Which built-in metrics approximate it (the Noto CJK face a substitute-free system shows). */
  readonly metrics: 'serif' | 'serifBold' | 'sans';
}

export const FONTS: Readonly<Record<FontKey, FontFace>> = {
  fangsong: {
    docx: '仿宋_GB2312',
    docxAlt: '仿宋',
    css: ['仿宋_GB2312', 'FangSong_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', 'Noto Serif SC'],
    metrics: 'serif',
  },
  xiaobiaosong: {
    docx: '方正小标宋简体',
    docxAlt: '宋体',
    css: [
      '方正小标宋简体',
      'FZXiaoBiaoSong-B05S',
      '方正小标宋_GBK',
      'SimSun',
      '宋体',
      'Noto Serif CJK SC',
      'Noto Serif SC',
    ],
    metrics: 'serif',
  },
  hei: {
    docx: '黑体',
    docxAlt: 'SimHei',
    css: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'Noto Sans SC'],
    metrics: 'sans',
  },
  kai: {
    docx: '楷体',
    docxAlt: 'KaiTi',
    css: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', 'Noto Serif SC'],
    metrics: 'serif',
  },
  song: {
    docx: '宋体',
    docxAlt: 'SimSun',
    css: ['宋体', 'SimSun', 'Noto Serif CJK SC', 'Noto Serif SC'],
    metrics: 'serif',
  },
};

export const CSS_GENERIC: Readonly<Record<FontKey, string>> = {
  fangsong: 'serif',
  xiaobiaosong: 'serif',
  hei: 'sans-serif',
  kai: 'serif',
  song: 'serif',
};

export type TextStyleKey =
  | 'body'
  | 'title'
  | 'heading1'
  | 'heading2'
  | 'label'
  | 'cc'
  | 'cell'
  | 'cellHeader'
  | 'cellLarge'
  | 'cellHeaderLarge'
  | 'pageNumber';

export interface TextStyle {
  /** Style id in the DOCX (ASCII, stable) and its display name. */
  readonly docxId: string;
  readonly docxName: string;
  readonly font: FontKey;
  readonly sizePt: number;
  /** Extra space after each character, in twips (negative tightens). */
  readonly charSpacingTwips: number;
}

export const TEXT_STYLES: Readonly<Record<TextStyleKey, TextStyle>> = {
  body: {
    docxId: 'Normal',
    docxName: 'Normal',
    font: 'fangsong',
    sizePt: 16,
    charSpacingTwips: BODY_CHAR_SPACING_TWIPS,
  },
  title: { docxId: 'Title', docxName: 'Title', font: 'xiaobiaosong', sizePt: 22, charSpacingTwips: 0 },
  heading1: {
    docxId: 'Heading1',
    docxName: 'heading 1',
    font: 'hei',
    sizePt: 16,
    charSpacingTwips: BODY_CHAR_SPACING_TWIPS,
  },
  heading2: {
    docxId: 'Heading2',
    docxName: 'heading 2',
    font: 'kai',
    sizePt: 16,
    charSpacingTwips: BODY_CHAR_SPACING_TWIPS,
  },
  label: {
    docxId: 'FsLabel',
    docxName: '附件标识',
    font: 'hei',
    sizePt: 16,
    charSpacingTwips: BODY_CHAR_SPACING_TWIPS,
  },
  cc: { docxId: 'FsCc', docxName: '抄送', font: 'fangsong', sizePt: 14, charSpacingTwips: 0 },
  cell: { docxId: 'FsCell', docxName: '表格文字', font: 'fangsong', sizePt: 14, charSpacingTwips: 0 },
  cellHeader: { docxId: 'FsCellHeader', docxName: '表头文字', font: 'hei', sizePt: 14, charSpacingTwips: 0 },
  cellLarge: { docxId: 'FsCellLarge', docxName: '表单文字', font: 'fangsong', sizePt: 16, charSpacingTwips: 0 },
  cellHeaderLarge: { docxId: 'FsCellHeaderLarge', docxName: '表单栏目', font: 'hei', sizePt: 16, charSpacingTwips: 0 },
  pageNumber: { docxId: 'Footer', docxName: 'footer', font: 'song', sizePt: PAGE_NUMBER.sizePt, charSpacingTwips: 0 },
};

/**
 * Table geometry: 0.5 pt single borders, 1.5 mm inner left/right padding. A form in 3号 (size
 * normal) keeps the body's 28.95 pt pitch; a table in 4号 (size small: lists, and forms such as the
 * 送达回证 that must stay one page) sets its lines 21 pt apart: 1.5 × 14 pt, half a 4号 character of
 * leading between lines — easy to read and to write between, where the body's pitch (1.8 × 16 pt)
 * would spread a one-page form over two. It is no tighter, so that the substitute faces' whole line
 * box (Noto CJK: 1.45 em, 20.3 pt at 4号) fits the exact spacing and no word processor clips the
 * glyphs' tops. Rows are still whole lines plus the rules' room.
 */
export const TABLE = {
  borderEighthsPt: 4,
  cellPaddingTwips: mmToTwips(1.5),
  /** Added to every row so the 0.5 pt rules above and below never push the text off the pitch. */
  rowPaddingTwips: 40,
  /** Exact line spacing of the cells of a table in 4号 (size small): 21 pt. */
  smallLinePitchTwips: 420,
} as const;

/** The exact line spacing of a table's cells: the body's pitch in 3号 (size normal), 21 pt in 4号 (size small). */
export function tableLinePitchTwips(size: 'small' | 'normal'): number {
  return size === 'normal' ? LINE_PITCH_TWIPS : TABLE.smallLinePitchTwips;
}

/** A row of n lines `pitch` apart (the row's exact line spacing) plus room for its rules. */
export function rowHeight(lines: number, pitch: number): number {
  return lines * pitch + TABLE.rowPaddingTwips;
}

/** Word ends a body with a paragraph; after a closing table it is 1 pt high. */
export const TRAILING_PARAGRAPH_TWIPS = 20;

export type RuleWeight = 'thick' | 'thin';

/**
 * 版记 (GB/T 9704 §7.4): at the foot of the last page, between rules as wide as the text area —
 * the first and the last 0.35 mm, any between 0.25 mm — 抄送 in 4号仿宋, one character in from
 * either side. Word stores border widths in eighths of a point: 8 = 1 pt = 0.353 mm, 6 = 0.75 pt =
 * 0.265 mm, the nearest to the standard; the PDF and the preview draw the same widths.
 */
export const VERSION_RECORD = {
  ruleEighthsPt: { thick: 8, thin: 6 } as const satisfies Record<RuleWeight, number>,
  /**
   * Each rule is the border of an empty paragraph this high (exact spacing, like the trailing
   * paragraph), at the full text width whatever the 抄送 line's indents.
   */
  ruleLineTwips: 20,
  /** 左右各空一字: one 4号 character. */
  sideIndentTwips: 14 * TWIPS_PER_PT,
  /** A filler line shorter than this is left out rather than written with a tiny exact height. */
  minFillerTwips: 20,
} as const;

/** A border's width in twips (eighths of a point × 20 / 8). Word and LibreOffice add it to the paragraph's height. */
export function ruleTwips(weight: RuleWeight): number {
  return (VERSION_RECORD.ruleEighthsPt[weight] * TWIPS_PER_PT) / 8;
}

/** Indent of one body character (the grid pitch), used for 首行缩进二字 etc. */
export function charsToTwips(chars: number): number {
  return Math.round(chars * BODY_CHAR_PITCH_TWIPS);
}

/** Space reserved above the signature for the seal (印章), in lines. */
export const DEFAULT_STAMP_LINES = 2;
/** 成文日期右空四字 (GB/T 9704 §7.3.5.1). */
export const DATE_RIGHT_INDENT_CHARS = 4;
