import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { clearDraft, loadDraft, saveDraft } from './drafts';

/**
 * A Mantine form whose values are kept as a draft under `draftKey` while the person types.
 * `restored` tells the page to show "已恢复未保存的草稿" with a way to discard it.
 */
export function useDraftForm<T extends Record<string, unknown>>(draftKey: string, initialValues: T) {
  const [restored, setRestored] = useState(false);
  const form: UseFormReturnType<T> = useForm<T>({
    mode: 'controlled',
    initialValues,
    onValuesChange: (values) => saveDraft(draftKey, values),
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
      clearDraft(draftKey);
      form.setValues(values);
      form.resetDirty(values);
      setRestored(false);
    },
    /** Call after a successful save. */
    saved() {
      clearDraft(draftKey);
      setRestored(false);
    },
  };
}
