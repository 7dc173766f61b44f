// Chinese text as it is printed. The seed documents were copied from web pages that use ASCII
// punctuation (“…受理,应当…”); quoted on screen or on paper, the same words take the full-width
// marks Chinese typesetting uses. The stored quotes stay verbatim, so they can still be found in the
// source texts; this runs where they are shown.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const MARK: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const BESIDE_CJK = new RegExp(`(?<=[${CJK}])\\s*([,;:?!])\\s*|\\s*([,;:?!])\\s*(?=[${CJK}])`, 'g');

/** ASCII , ; : ? ! next to a Chinese character become ， ； ： ？ ！ (5,000 and 10:30 are left alone). */
export function chinesePunctuation(text: string): string {
  return text.replace(BESIDE_CJK, (_match, before?: string, after?: string) => MARK[(before ?? after)!]!);
}
