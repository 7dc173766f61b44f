/** Full-width digits as a Chinese input method types them (２０２６) → ASCII digits (2026). */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
