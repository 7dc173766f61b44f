// The one document model every renderer reads. It says what a formal document contains — title,
// number, addressee, body, tables, attachments, signature, 抄送 — and nothing about fonts or
// positions: those come from layout.ts, the same for DOCX, PDF and HTML.

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface PageSetup {
  readonly widthTwips: number;
  readonly heightTwips: number;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly linePitchTwips: number;
  readonly linesPerPage: number;
  readonly charsPerLine: number;
}

export interface TitleBlock {
  readonly kind: 'title';
  /** Each entry is one line set in 2号小标宋, centred (the issuing body's name, the document's name). */
  readonly lines: readonly string[];
}

export interface DocNumberBlock {
  readonly kind: 'docNumber';
  readonly text: string;
  readonly align: 'right' | 'center';
}

export interface AddresseeBlock {
  readonly kind: 'addressee';
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly align: Align;
  /** First-line indent in characters (2 for body text: 首行缩进二字). */
  readonly indentChars: number;
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1: 一、 in 黑体; 2: （一） in 楷体. The text includes its number. */
  readonly level: 1 | 2;
  readonly text: string;
}

export interface LabelBlock {
  /** A flush-left 黑体 label such as 附件1. */
  readonly kind: 'label';
  readonly text: string;
}

export interface BlankBlock {
  readonly kind: 'blank';
  readonly lines: number;
}

export interface TableCell {
  readonly text: string;
  readonly span: number;
  readonly align: Align;
  /** Set in 黑体 (column headers, form captions). */
  readonly header: boolean;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** Rows reserved for handwriting (a signature) keep at least this many lines. */
  readonly minLines: number;
}

export interface TableBlock {
  readonly kind: 'table';
  /** Column widths in twips; they add up to the text width. */
  readonly columnWidths: readonly number[];
  /** Repeated at the top of every page the table continues on. */
  readonly headerRows: readonly TableRow[];
  readonly rows: readonly TableRow[];
  /** 'small' sets the cells in 4号 (14 pt), 'normal' in 3号 like the body. */
  readonly size: 'small' | 'normal';
}

export interface AttachmentsBlock {
  /** 附件说明: "附件：1.…", each further item aligned under the first name. */
  readonly kind: 'attachments';
  /** "有关材料7份": printed after "附件：", the items numbered under it (one item too). */
  readonly heading?: string;
  readonly items: readonly string[];
}

export interface SignatureBlock {
  /** 发文机关署名 centred over 成文日期, date 右空四字, with room for the seal above. */
  readonly kind: 'signature';
  readonly org: string;
  readonly date: string;
  readonly stampLines: number;
}

export interface CcBlock {
  /**
   * 抄送, printed in the 版记 at the foot of the document's last page (GB/T 9704 §7.4) wherever the
   * block stands; several make several 版记 elements. Empty: no 版记.
   */
  readonly kind: 'cc';
  /** The recipients, without the "抄送：" label (the closing 。 is added if missing). */
  readonly text: string;
  /**
   * 印发机关和印发日期 (GB/T 9704 §7.4.3): the line under the 抄送, the body left and the date
   * ("2025年9月2日印发") right, each one character in from the edge, a thin rule between them.
   */
  readonly printedBy?: string;
  readonly printedOn?: string;
}

export interface PageBreakBlock {
  readonly kind: 'pageBreak';
}

export type DocBlock =
  | TitleBlock
  | DocNumberBlock
  | AddresseeBlock
  | ParagraphBlock
  | HeadingBlock
  | LabelBlock
  | BlankBlock
  | TableBlock
  | AttachmentsBlock
  | SignatureBlock
  | CcBlock
  | PageBreakBlock;

export interface DocumentModel {
  readonly templateId: string;
  /** The document type's name, e.g. 法制审核意见书 (file metadata). */
  readonly name: string;
  readonly page: PageSetup;
  /** Page numbers "— 1 —" in the footer, odd pages right and even pages left (GB/T 9704 §7.5). */
  readonly pageNumbers: boolean;
  readonly blocks: readonly DocBlock[];
}
