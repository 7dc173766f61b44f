import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import type { OutputOf } from '../../../shared/contract';
import type { WriteMethod } from '../api/invalidation';
import { useDraftForm } from './useDraftForm';
import { useSchemaSubmit, type SchemaSubmitOptions } from './useSchemaSubmit';

export interface DraftSchemaFormOptions<
  V extends Record<string, unknown>,
  S extends z.ZodType,
  M extends WriteMethod,
> extends Omit<SchemaSubmitOptions<V, S, M>, 'form'> {
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
 * a successful save the draft is cleared first and `onSaved` (close the dialog…) runs next; what
 * the save changed is reloaded by the invalidation table, not by the form.
 */
export function useDraftSchemaForm<V extends Record<string, unknown>, S extends z.ZodType, M extends WriteMethod>({
  draftKey,
  initial,
  onSaved,
  ...submitOptions
}: DraftSchemaFormOptions<V, S, M>): DraftSubmit & { form: UseFormReturnType<V>; saving: boolean } {
  const { form, restored, discardDraft, saved } = useDraftForm<V>(draftKey, initial);
  const { submit, saving } = useSchemaSubmit({
    ...submitOptions,
    form,
    onSaved: (output: OutputOf<M>) => {
      saved();
      onSaved?.(output);
    },
  });
  return { form, submit, saving, restored, discardDraft: () => discardDraft(initial) };
}
