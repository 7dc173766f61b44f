// The part of fontkit (pdfkit's font parser, MIT) the office-font check uses. fontkit ships no types.
declare module 'fontkit' {
  export interface FontkitFont {
    /** 'TTF' (also CFF-flavoured OpenType), 'WOFF', 'WOFF2', 'DFont'. */
    readonly type: string;
    readonly postscriptName: string | null;
    readonly familyName: string | null;
    readonly subfamilyName: string | null;
    hasGlyphForCodePoint(codePoint: number): boolean;
    createSubset(): unknown;
  }
  export interface FontkitCollection {
    /** 'TTC' or 'DFont'. */
    readonly type: string;
    readonly fonts: FontkitFont[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection;
}
