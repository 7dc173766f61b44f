// File names for exports and saved files, built from what users typed (a party's name, a case
// number). The result is one plain name that is valid on Windows, macOS and Linux and can never
// point somewhere else: no folders, no "..", no device names, nothing invisible.

/** UTF-8 bytes: ext4 allows 255 per name, and leaves room for a " (2)" or a temp suffix. */
export const MAX_NAME_BYTES = 200;

const FALLBACK = '未命名';

// Characters Windows refuses in names, and the path separators of every platform.
const FORBIDDEN = /[<>:"/\\|?*]/g;
// C0 and C1 control characters, and the bidirectional controls that can make "exe.txt" display as
// "txt.exe" (U+202E) or hide text; zero-width joiners stay, emoji need them.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// CON, PRN, AUX, NUL, COM0–9, LPT0–9 (and the superscript digits Windows also treats as devices),
// with or without an extension: "con.txt" opens the console on Windows.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts to at most `maxBytes` UTF-8 bytes without splitting a character (or a surrogate pair). */
function truncateBytes(text: string, maxBytes: number): string {
  let out = '';
  for (const char of text) {
    if (utf8Length(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}

function trimEnds(text: string): string {
  // Leading dots hide a file on Unix (and "." / ".." are folders); trailing dots and spaces are
  // silently dropped by Windows, so "报告." and "报告" would collide.
  return text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

/**
 * A safe single file name from untrusted text: separators and Windows-forbidden characters become
 * "_", invisible characters go, ends are trimmed, device names get a "_" prefix, and the name is
 * cut to MAX_NAME_BYTES keeping its extension. Chinese, rare characters (𠀀, 𪚥) and emoji stay.
 */
export function safeFileName(name: string, maxBytes = MAX_NAME_BYTES): string {
  let text = trimEnds(
    name.normalize('NFC').replace(/\s/g, ' ').replace(INVISIBLE, '').replace(/ +/g, ' ').replace(FORBIDDEN, '_'),
  );
  // One byte is kept free for the "_" a device name gets.
  if (utf8Length(text) > maxBytes - 1) {
    const ext = EXTENSION.exec(text)?.[0] ?? '';
    text = trimEnds(truncateBytes(text.slice(0, text.length - ext.length), maxBytes - 1 - ext.length)) + ext;
  }
  text = trimEnds(text);
  if (text === '') return FALLBACK;
  return RESERVED.test(text) ? `_${text}` : text;
}
