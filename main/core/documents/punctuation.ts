// Where a paper continues or closes a text someone typed: the template writes the punctuation
// around it, so what was typed at the end must not double it ("。，", "。。").

/** Text without the full stop, comma or colon it was typed with: "区司法局。" → "区司法局". */
export function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[。．.，,、；;：:\s]+$/u, '');
}

/** Text printed as a sentence of its own, ending in 。 (or the ！？… it was typed with). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[。！？!?…]$/u.test(trimmed) ? trimmed : `${withoutEndPunctuation(trimmed)}。`;
}

/** Half-width , and ; after a Chinese character (as some government texts are typed) as a printed paper writes them. */
export function withChinesePunctuation(text: string): string {
  return text.replace(/(?<=\p{Script=Han}),/gu, '，').replace(/(?<=\p{Script=Han});/gu, '；');
}

/**
 * Where a template's words meet typed text, the seams a drafter would never leave: a doubled 。 or
 * ，("取样。。"), a full stop before the template's comma ("。，"), and the template's 已 before a
 * typed 已 ("本机关已已责令").
 */
export function tidySeams(text: string): string {
  return text
    .replace(/([。，、；：])\1+/gu, '$1')
    .replace(/。(?=[，；])/gu, '')
    .replace(/已已/gu, '已');
}
