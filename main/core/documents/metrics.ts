// Advance widths the layout engine measures with. They are the Noto CJK faces' own numbers (per
// 1000 em), i.e. what a machine without the official Chinese fonts substitutes (LibreOffice with
// fonts-noto-cjk) and what the PDF embeds: one table, so every renderer breaks lines identically.

import { FONTS } from './layout';
import type { FontFace, FontKey } from './layout';

type MetricsKey = FontFace['metrics'];

/** U+0020..U+007E, from Noto Serif CJK SC Regular (identical in Noto Serif SC). */
const SERIF_ASCII = [
  256, 308, 376, 574, 550, 923, 779, 196, 364, 364, 478, 580, 327, 346, 327, 352, 557, 471, 558, 557, 555, 558, 558,
  549, 558, 562, 327, 327, 580, 580, 580, 432, 912, 718, 670, 691, 770, 652, 629, 741, 853, 405, 402, 731, 625, 975,
  796, 767, 641, 767, 715, 567, 659, 797, 714, 1053, 700, 687, 605, 344, 352, 344, 580, 563, 435, 557, 638, 538, 629,
  546, 388, 566, 663, 332, 311, 607, 334, 974, 661, 596, 638, 607, 462, 473, 367, 653, 548, 838, 564, 552, 498, 374,
  316, 374, 580,
];

/** U+0020..U+007E, from Noto Serif CJK SC Bold (identical in Noto Serif SC Bold). */
const SERIF_BOLD_ASCII = [
  250, 355, 447, 615, 589, 966, 803, 235, 400, 400, 485, 603, 335, 370, 335, 400, 593, 466, 594, 593, 593, 594, 594,
  588, 594, 596, 335, 335, 603, 603, 603, 473, 970, 746, 708, 702, 789, 666, 648, 757, 864, 426, 428, 767, 642, 1001,
  815, 785, 673, 785, 751, 597, 695, 818, 734, 1091, 726, 701, 627, 372, 400, 372, 603, 593, 447, 585, 672, 565, 658,
  572, 402, 596, 687, 349, 335, 651, 355, 1008, 685, 623, 671, 640, 500, 499, 393, 678, 578, 874, 599, 582, 517, 380,
  338, 380, 603,
];

/** U+0020..U+007E, from Noto Sans CJK SC Regular (黑体's usual substitute). */
const SANS_ASCII = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555,
  555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812,
  723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620,
  554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338,
  270, 338, 555,
];

const ASCII: Readonly<Record<MetricsKey, readonly number[]>> = {
  serif: SERIF_ASCII,
  serifBold: SERIF_BOLD_ASCII,
  sans: SANS_ASCII,
};

/** Proportional symbols outside ASCII that occur in documents (serif, bold, sans). */
const SYMBOLS: Readonly<Record<string, readonly [number, number, number]>> = {
  '·': [327, 335, 1000],
  '°': [342, 358, 370],
  '№': [1089, 1137, 997],
  '¥': [550, 589, 555],
  '—': [890, 928, 894],
  '–': [563, 593, 536],
  '©': [821, 837, 832],
  '®': [501, 521, 473],
  '€': [550, 589, 555],
  '£': [550, 589, 555],
};

const SYMBOL_COLUMN: Readonly<Record<MetricsKey, 0 | 1 | 2>> = { serif: 0, serifBold: 1, sans: 2 };

/** Full-width (East Asian Width W/F) ranges, plus the general punctuation CJK fonts set full width. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2010, 0x2010],
  [0x2018, 0x201f],
  [0x2025, 0x2026],
  [0x2030, 0x2030],
  [0x2103, 0x2103],
  [0x2160, 0x217f],
  [0x2190, 0x21ff],
  [0x2460, 0x24ff],
  [0x2500, 0x27bf],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function inRanges(code: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [from, to] of ranges) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return inRanges(code, WIDE_RANGES) || char === '×' || char === '÷' || char === '±' || char === '§';
}

/** Advance width in 1/1000 em. */
export function advancePerMille(char: string, metrics: MetricsKey): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII[metrics][code - 0x20] ?? 500;
  const symbol = SYMBOLS[char];
  if (symbol) return symbol[SYMBOL_COLUMN[metrics]];
  if (isWide(char)) return 1000;
  return 600;
}

/** Measures one character set in a font at a size, in twips. A renderer using other fonts supplies its own. */
export type CharMeasurer = (char: string, font: FontKey, sizePt: number) => number;

export const measureWithBuiltinMetrics: CharMeasurer = (char, font, sizePt) =>
  (advancePerMille(char, FONTS[font].metrics) * sizePt * 20) / 1000;
