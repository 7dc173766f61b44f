// Breaks a paragraph into lines the way LibreOffice and Word do for Simplified Chinese, so that the
// PDF and the preview break where the DOCX will: characters sit on a pitch (advance + character
// spacing), Chinese/Latin boundaries between letters or digits get a 1/5-em gap, a Latin word or
// number is never split, no line starts with a closing mark or ends with an opening one (禁则, the
// zh-CN lists of LibreOffice's locale data). Nothing hangs past the text block (GB/T 9704 wants the
// block's right edge straight): a 。，、 that would start a line takes the character before it
// along, as LibreOffice and Word do for our DOCX, whose paragraphs say w:overflowPunct off.
// (`hang: true` keeps the old hanging behaviour for a caller that wants it.)

import { AUTOSPACE_FRACTION } from './layout';
import type { FontKey } from './layout';
import type { CharMeasurer } from './metrics';

const FORBIDDEN_BEGIN = new Set(
  Array.from(
    ':!),.:;?]}¢\'"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏～￠々‖•·ˇˉ―-′’”',
  ),
);
const FORBIDDEN_END = new Set(Array.from('([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝“‘'));
const HANGING = new Set(Array.from('!,.:;?、。！，．：；？'));
/** Chinese closing brackets and quotes stay with Latin text that follows them (申》|10月 does not break). */
const CLOSING = new Set(Array.from('）》」』】〕〉〗｝］”’'));

export type Script = 'asian' | 'latin';

export interface TextSpec {
  readonly font: FontKey;
  readonly sizePt: number;
  /** Twips added after each character (the last of a script run excepted, as LibreOffice does). */
  readonly charSpacingTwips: number;
}

export interface MeasuredText {
  readonly chars: readonly string[];
  readonly advances: readonly number[];
  readonly scripts: readonly Script[];
  /** Positions i where no line may break before character i (inside a 文号). */
  readonly glued?: ReadonlySet<number>;
}

/**
 * The 〔年份〕序号号 of a 发文字号 never breaks across lines: "〔2026〕1号" goes to the next line whole,
 * never "〔2026〕1" and "号". The 代字 before it may end a line like any word: where it starts cannot
 * be told from the text ("本机关在办理青山综执罚〔2025〕13号案件"), and gluing the characters before 〔
 * carried half a line over and stretched the line above it to a few spaced-out characters.
 */
const DOC_NUMBER = /〔\d{4}〕\d+号/gu;

/** The 文号 in a text, as [start, end) character ranges. */
export function docNumberRanges(chars: readonly string[]): [number, number][] {
  const text = chars.join('');
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(DOC_NUMBER)) {
    const start = Array.from(text.slice(0, match.index)).length;
    ranges.push([start, start + Array.from(match[0]).length]);
  }
  return ranges;
}

function gluedPositions(chars: readonly string[]): ReadonlySet<number> | undefined {
  const ranges = docNumberRanges(chars);
  if (ranges.length === 0) return undefined;
  const glued = new Set<number>();
  for (const [start, end] of ranges) for (let i = start + 1; i < end; i += 1) glued.add(i);
  return glued;
}

/** U+2060 WORD JOINER: what the DOCX puts between the characters of a 文号, so Word and WPS keep it whole too. */
export const WORD_JOINER = '\u2060';

/** The text as the DOCX writes it: each 文号's characters joined so a word processor never breaks it. */
export function withJoinedDocNumbers(text: string): string {
  const chars = Array.from(text);
  const ranges = docNumberRanges(chars);
  if (ranges.length === 0) return text;
  const glued = new Set<number>();
  for (const [start, end] of ranges) for (let i = start + 1; i < end; i += 1) glued.add(i);
  return chars.map((char, i) => (glued.has(i) ? `${WORD_JOINER}${char}` : char)).join('');
}

export interface LineRange {
  readonly start: number;
  readonly end: number;
}

function isAsianCode(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code >= 0x20000
  );
}

function isLatinCode(code: number): boolean {
  if (code === 0x20 || code === 0xa0) return false;
  return code <= 0x2ff || (code >= 0x370 && code <= 0x58f) || (code >= 0x1e00 && code <= 0x1fff);
}

/** Script of each character; neutral ones (spaces, general punctuation) follow the one before. */
export function resolveScripts(chars: readonly string[]): Script[] {
  const raw = chars.map((char): Script | null => {
    const code = char.codePointAt(0) ?? 0;
    if (isAsianCode(code)) return 'asian';
    if (isLatinCode(code)) return 'latin';
    return null;
  });
  const firstStrong = raw.find((s) => s !== null) ?? 'asian';
  let previous: Script = firstStrong;
  return raw.map((s) => {
    previous = s ?? previous;
    return previous;
  });
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function isLetterOrDigit(char: string): boolean {
  return LETTER_OR_DIGIT.test(char);
}

export function measureText(text: string, spec: TextSpec, measure: CharMeasurer): MeasuredText {
  const chars = Array.from(text);
  const glued = gluedPositions(chars);
  return {
    chars,
    advances: chars.map((char) => measure(char, spec.font, spec.sizePt)),
    scripts: resolveScripts(chars),
    ...(glued ? { glued } : {}),
  };
}

/** The gap inserted before character i (i > start of line), or 0. */
export function autospaceBefore(text: MeasuredText, i: number, spec: TextSpec): number {
  const previousScript = text.scripts[i - 1];
  const script = text.scripts[i];
  if (previousScript === undefined || script === undefined || previousScript === script) return 0;
  const before = text.chars[i - 1] ?? '';
  const after = text.chars[i] ?? '';
  return isLetterOrDigit(before) && isLetterOrDigit(after) ? spec.sizePt * 20 * AUTOSPACE_FRACTION : 0;
}

function canBreakBetween(text: MeasuredText, i: number): boolean {
  const before = text.chars[i - 1] ?? '';
  const after = text.chars[i] ?? '';
  if (text.glued?.has(i)) return false;
  if (before === ' ') return true;
  if (FORBIDDEN_BEGIN.has(after) || FORBIDDEN_END.has(before)) return false;
  if (CLOSING.has(before) && text.scripts[i] === 'latin') return false;
  if (before === '—' && after === '—') return false;
  // Inside Latin text only a hyphen offers a break (023-|72226688, QSZF-|2025), as in LibreOffice.
  const bothLatin = text.scripts[i - 1] === 'latin' && text.scripts[i] === 'latin';
  return !bothLatin || before === '-';
}

export interface BreakOptions {
  /**
   * Whether 、。，etc. may hang past the right edge. Papers never let them (the DOCX turns Word's
   * and LibreOffice's overflowPunct off to match).
   */
  readonly hang: boolean;
}

const BODY_BREAKING: BreakOptions = { hang: false };

/**
 * Splits measured text into lines no wider than `firstWidth` (first line) and `restWidth` (others),
 * in twips. An empty text is one empty line.
 */
export function breakLines(
  text: MeasuredText,
  firstWidth: number,
  restWidth: number,
  spec: TextSpec,
  options: BreakOptions = BODY_BREAKING,
): LineRange[] {
  const count = text.chars.length;
  if (count === 0) return [{ start: 0, end: 0 }];
  const lines: LineRange[] = [];
  let start = 0;
  while (start < count) {
    const width = lines.length === 0 ? firstWidth : restWidth;
    const end = lineEnd(text, start, width, spec, options);
    lines.push({ start, end });
    start = end;
  }
  return lines;
}

function lineEnd(text: MeasuredText, start: number, width: number, spec: TextSpec, options: BreakOptions): number {
  const count = text.chars.length;
  const spacing = spec.charSpacingTwips;
  let x = 0;
  for (let i = start; i < count; i += 1) {
    if (i > start && text.scripts[i] !== text.scripts[i - 1]) {
      x -= spacing;
      const gap = autospaceBefore(text, i, spec);
      if (gap > 0) {
        if (x + gap > width) return text.glued?.has(i) ? breakAt(text, start, i, options) : i;
        x += gap;
      }
    }
    const advance = text.advances[i] ?? 0;
    if (x + advance > width && text.chars[i] !== ' ') return breakAt(text, start, i, options);
    x += advance + spacing;
  }
  return count;
}

/** Where the line that overflows at character `cut` really ends. */
function breakAt(text: MeasuredText, start: number, cut: number, options: BreakOptions): number {
  const count = text.chars.length;
  if (cut === start) return start + 1;
  const cutChar = text.chars[cut] ?? '';
  const nextChar = text.chars[cut + 1];
  // Only Chinese punctuation within Chinese text hangs: not a full stop in a Latin word, nor a
  // comma right after one (LibreOffice weighs that comma with the Latin run before it).
  const hangs =
    options.hang && HANGING.has(cutChar) && text.scripts[cut] === 'asian' && text.scripts[cut - 1] === 'asian';
  if (hangs && (nextChar === undefined || !FORBIDDEN_BEGIN.has(nextChar))) return cut + 1;
  for (let i = cut; i > start; i -= 1) {
    if (canBreakBetween(text, i)) {
      let end = i;
      while (end < count && text.chars[end] === ' ') end += 1;
      return end;
    }
  }
  return cut;
}

export interface LinePositions {
  /** x of each character of the line, from the line's start, in twips. */
  readonly xs: readonly number[];
  /** Natural width: up to the end of the last character, without its spacing. */
  readonly width: number;
}

/** Positions the characters of one line as the breaker measured them (before any justification). */
export function placeLine(text: MeasuredText, range: LineRange, spec: TextSpec): LinePositions {
  const spacing = spec.charSpacingTwips;
  const xs: number[] = [];
  let x = 0;
  for (let i = range.start; i < range.end; i += 1) {
    if (i > range.start && text.scripts[i] !== text.scripts[i - 1]) {
      x -= spacing;
      x += autospaceBefore(text, i, spec);
    }
    xs.push(x);
    x += (text.advances[i] ?? 0) + spacing;
  }
  let end = range.end;
  while (end > range.start && text.chars[end - 1] === ' ') end -= 1;
  const lastIndex = end - 1 - range.start;
  const width = lastIndex >= 0 ? (xs[lastIndex] ?? 0) + (text.advances[end - 1] ?? 0) : 0;
  return { xs, width };
}
