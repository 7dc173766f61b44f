// The shape of a template file (templates/<id>.yaml): a declared data schema plus a list of blocks.
// Strict objects everywhere, so a misspelt key is an error rather than silently ignored.

import * as z from 'zod';

export type Scalar = string | number | boolean;

export interface Condition {
  readonly field: string;
  readonly equals?: Scalar | undefined;
  readonly notEquals?: Scalar | undefined;
  readonly in?: readonly Scalar[] | undefined;
  readonly present?: boolean | undefined;
}

interface FieldBase {
  readonly label: string;
  readonly required?: boolean | undefined;
  readonly requiredWhen?: Condition | undefined;
}

export type ScalarFieldType = 'text' | 'date' | 'datetime' | 'money' | 'integer' | 'boolean';

export type FieldSpec =
  | (FieldBase & { readonly type: 'text'; readonly maxLength?: number | undefined })
  | (FieldBase & { readonly type: 'date' | 'datetime' | 'money' | 'integer' | 'boolean' })
  | (FieldBase & { readonly type: 'enum'; readonly values: Readonly<Record<string, string>> })
  | (FieldBase & { readonly type: 'object'; readonly fields: Readonly<Record<string, FieldSpec>> })
  | (FieldBase & {
      readonly type: 'list';
      readonly item: FieldSpec;
      readonly minItems?: number | undefined;
      readonly maxItems?: number | undefined;
    });

export interface ChoiceText {
  readonly when?: Condition | undefined;
  readonly text: string;
}

/** A text with {{placeholders}}, or alternatives of which the first whose condition holds is used. */
export type TextTemplate = string | readonly ChoiceText[];

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface CellSpec {
  readonly text: TextTemplate;
  readonly span?: number | undefined;
  readonly align?: Align | undefined;
  readonly header?: boolean | undefined;
}

export interface RowSpec {
  readonly cells: readonly CellSpec[];
  readonly minLines?: number | undefined;
}

export interface EachRowSpec {
  readonly each: string;
  readonly as: string;
  readonly cells: readonly CellSpec[];
  readonly minLines?: number | undefined;
}

export interface ColumnSpec {
  readonly header?: string | undefined;
  readonly width: number;
  readonly align?: Align | undefined;
}

export interface EachTextSpec {
  readonly each: string;
  readonly as: string;
  readonly text: TextTemplate;
}

export function isEachText(item: TextTemplate | EachTextSpec): item is EachTextSpec {
  return typeof item === 'object' && !Array.isArray(item) && 'each' in item;
}

export type TemplateBlock =
  | { readonly type: 'title'; readonly lines: readonly TextTemplate[] }
  | { readonly type: 'number'; readonly text: TextTemplate; readonly align?: 'right' | 'center' | undefined }
  | { readonly type: 'addressee'; readonly text: TextTemplate }
  | {
      readonly type: 'paragraph';
      readonly text: TextTemplate;
      readonly indent?: number | undefined;
      readonly align?: Align | undefined;
    }
  | {
      readonly type: 'heading';
      readonly level: 1 | 2;
      readonly text: TextTemplate;
      readonly numbered?: boolean | undefined;
    }
  | { readonly type: 'label'; readonly text: TextTemplate }
  | { readonly type: 'blank'; readonly lines?: number | undefined }
  | {
      readonly type: 'table';
      readonly size?: 'small' | 'normal' | undefined;
      readonly columns: readonly ColumnSpec[];
      readonly rows: readonly (RowSpec | EachRowSpec)[];
    }
  | {
      readonly type: 'attachments';
      /** A first line after "附件：" ("有关材料7份"); the items are then numbered under it, even one. */
      readonly heading?: TextTemplate;
      readonly items: readonly (TextTemplate | EachTextSpec)[];
    }
  | {
      readonly type: 'signature';
      readonly org: TextTemplate;
      readonly date: TextTemplate;
      readonly stampLines?: number | undefined;
    }
  | {
      readonly type: 'cc';
      readonly text: TextTemplate;
      /** 印发机关和印发日期 (GB/T 9704 §7.4.3), printed under the 抄送 when both are given. */
      readonly printedBy?: TextTemplate;
      readonly printedOn?: TextTemplate;
    }
  | { readonly type: 'pageBreak' }
  | {
      readonly type: 'each';
      readonly list: string;
      readonly as: string;
      readonly blocks: readonly TemplateBlock[];
      readonly empty?: readonly TemplateBlock[] | undefined;
    }
  | {
      readonly type: 'when';
      readonly test: Condition;
      readonly blocks: readonly TemplateBlock[];
      readonly else?: readonly TemplateBlock[] | undefined;
    };

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly version: number;
  readonly pageNumbers?: boolean | undefined;
  readonly data: Readonly<Record<string, FieldSpec>>;
  readonly blocks: readonly TemplateBlock[];
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

const identifier = z.string().regex(IDENTIFIER, { message: '名称只能由英文字母和数字组成，并以字母开头' });
const path = z.string().regex(PATH, { message: '字段路径应形如 case.number' });
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const alignSchema = z.enum(['justify', 'left', 'center', 'right']);

const conditionSchema: z.ZodType<Condition> = z
  .strictObject({
    field: path,
    equals: scalar.optional(),
    notEquals: scalar.optional(),
    in: z.array(scalar).min(1).optional(),
    present: z.boolean().optional(),
  })
  .refine((c) => [c.equals, c.notEquals, c.in, c.present].filter((v) => v !== undefined).length === 1, {
    message: '条件须且只能写 equals、notEquals、in、present 中的一项',
  });

const fieldBase = {
  label: z.string().min(1),
  required: z.boolean().optional(),
  requiredWhen: conditionSchema.optional(),
};

const fieldSchema: z.ZodType<FieldSpec> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('text'), ...fieldBase, maxLength: z.number().int().positive().optional() }),
    z.strictObject({ type: z.literal('date'), ...fieldBase }),
    z.strictObject({ type: z.literal('datetime'), ...fieldBase }),
    z.strictObject({ type: z.literal('money'), ...fieldBase }),
    z.strictObject({ type: z.literal('integer'), ...fieldBase }),
    z.strictObject({ type: z.literal('boolean'), ...fieldBase }),
    z.strictObject({ type: z.literal('enum'), ...fieldBase, values: z.record(z.string(), z.string().min(1)) }),
    z.strictObject({ type: z.literal('object'), ...fieldBase, fields: z.record(identifier, fieldSchema) }),
    z.strictObject({
      type: z.literal('list'),
      ...fieldBase,
      item: fieldSchema,
      minItems: z.number().int().nonnegative().optional(),
      maxItems: z.number().int().positive().optional(),
    }),
  ]),
);

const choiceSchema = z.strictObject({ when: conditionSchema.optional(), text: z.string() });
const textSchema: z.ZodType<TextTemplate> = z.union([z.string(), z.array(choiceSchema).min(1)]);

const cellSchema = z.strictObject({
  text: textSchema,
  span: z.number().int().positive().optional(),
  align: alignSchema.optional(),
  header: z.boolean().optional(),
});
const minLines = z.number().int().min(1).max(10).optional();
const rowSchema = z.union([
  z.strictObject({ cells: z.array(cellSchema).min(1), minLines }),
  z.strictObject({ each: path, as: identifier, cells: z.array(cellSchema).min(1), minLines }),
]);

const blockSchema: z.ZodType<TemplateBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('title'), lines: z.array(textSchema).min(1) }),
    z.strictObject({ type: z.literal('number'), text: textSchema, align: z.enum(['right', 'center']).optional() }),
    z.strictObject({ type: z.literal('addressee'), text: textSchema }),
    z.strictObject({
      type: z.literal('paragraph'),
      text: textSchema,
      indent: z.number().min(0).max(20).optional(),
      align: alignSchema.optional(),
    }),
    z.strictObject({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2)]),
      text: textSchema,
      numbered: z.boolean().optional(),
    }),
    z.strictObject({ type: z.literal('label'), text: textSchema }),
    z.strictObject({ type: z.literal('blank'), lines: z.number().int().min(1).max(20).optional() }),
    z.strictObject({
      type: z.literal('table'),
      size: z.enum(['small', 'normal']).optional(),
      columns: z
        .array(
          z.strictObject({
            header: z.string().optional(),
            width: z.number().positive(),
            align: alignSchema.optional(),
          }),
        )
        .min(1),
      rows: z.array(rowSchema),
    }),
    z.strictObject({
      type: z.literal('attachments'),
      heading: textSchema.optional(),
      items: z.array(z.union([textSchema, z.strictObject({ each: path, as: identifier, text: textSchema })])).min(1),
    }),
    z.strictObject({
      type: z.literal('signature'),
      org: textSchema,
      date: textSchema,
      stampLines: z.number().int().min(0).max(6).optional(),
    }),
    z.strictObject({
      type: z.literal('cc'),
      text: textSchema,
      printedBy: textSchema.optional(),
      printedOn: textSchema.optional(),
    }),
    z.strictObject({ type: z.literal('pageBreak') }),
    z.strictObject({
      type: z.literal('each'),
      list: path,
      as: identifier,
      blocks: z.array(blockSchema).min(1),
      empty: z.array(blockSchema).optional(),
    }),
    z.strictObject({
      type: z.literal('when'),
      test: conditionSchema,
      blocks: z.array(blockSchema).min(1),
      else: z.array(blockSchema).optional(),
    }),
  ]),
);

export const templateSchema: z.ZodType<Template> = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: '模板编号只能由小写字母、数字和连字符组成' }),
  name: z.string().min(1),
  description: z.string().optional(),
  version: z.number().int().positive(),
  pageNumbers: z.boolean().optional(),
  data: z.record(identifier, fieldSchema),
  blocks: z.array(blockSchema).min(1),
});
