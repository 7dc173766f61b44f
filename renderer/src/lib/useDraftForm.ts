import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { clearDraft, loadDraft, saveDraft } from './drafts';

/**
 * A Mantine form whose values are kept as a draft under `draftKey` while the person types.
 * `restored` tells the page to show "已恢复未保存的草稿" with a way to discard it.
 */
export function useDraftForm<T extends Record<string, unknown>>(draftKey: string, initialValues: T) {
  const [restored, setRestored] = useState(false);
  // The saved values: typing back to them leaves nothing to keep, and resetting the form to them
  // (放弃草稿) must not write them straight back as a new draft.
  const baseline = useRef(JSON.stringify(initialValues));
  const form: UseFormReturnType<T> = useForm<T>({
    mode: 'controlled',
    initialValues,
    onValuesChange: (values) => {
      if (JSON.stringify(values) === baseline.current) clearDraft(draftKey);
      else saveDraft(draftKey, values);
    },
  });
  const loadedKey = useRef<string | null>(null);

  useEffect(() => {
    if (loadedKey.current === draftKey) return;
    loadedKey.current = draftKey;
    const draft = loadDraft<T>(draftKey);
    if (draft) {
      form.setValues({ ...initialValues, ...draft });
      setRestored(true);
    }
    // Only on first mount per key: initialValues are new objects on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  return {
    form,
    restored,
    /** Drops the draft and returns to the saved values. */
    discardDraft(values: T = initialValues) {
      baseline.current = JSON.stringify(values);
      clearDraft(draftKey);
      form.setValues(values);
      form.resetDirty(values);
      setRestored(false);
    },
    /** Call after a successful save. */
    saved() {
      baseline.current = JSON.stringify(form.getValues());
      clearDraft(draftKey);
      setRestored(false);
    },
  };
}
