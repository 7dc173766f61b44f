import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { useDraftForm } from './useDraftForm';
import { useSchemaSubmit, type SchemaSubmitOptions } from './useSchemaSubmit';

export interface DraftSchemaFormOptions<V extends Record<string, unknown>, S extends z.ZodType> extends Omit<
  SchemaSubmitOptions<V, S>,
  'form'
> {
  /** localStorage key of the draft (after the `fashen.draft.` prefix); changing it orphans drafts people already have. */
  draftKey: string;
  /** The saved values; also what 放弃草稿 returns to. */
  initial: V;
}

/** What the `<form>` shell (DraftSchemaForm) needs from useDraftSchemaForm. */
export interface DraftSubmit {
  submit: () => Promise<void>;
  /** A draft was restored: show 已恢复上次未保存的输入 with 放弃草稿. */
  restored: boolean;
  discardDraft: () => void;
}

/**
 * A form that keeps a draft while the person types and is sent through the contract schema. After
 * a successful save the draft is cleared first and `onSaved` (close the dialog, reload…) runs
 * next. A form that navigates away from inside `save` clears its draft before navigating, so it
 * uses useDraftForm and useSchemaSubmit directly instead.
 */
export function useDraftSchemaForm<V extends Record<string, unknown>, S extends z.ZodType>({
  draftKey,
  initial,
  onSaved,
  ...submitOptions
}: DraftSchemaFormOptions<V, S>): DraftSubmit & { form: UseFormReturnType<V>; saving: boolean } {
  const { form, restored, discardDraft, saved } = useDraftForm<V>(draftKey, initial);
  const { submit, saving } = useSchemaSubmit({
    ...submitOptions,
    form,
    onSaved: () => {
      saved();
      onSaved?.();
    },
  });
  return { form, submit, saving, restored, discardDraft: () => discardDraft(initial) };
}
