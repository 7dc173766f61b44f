import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { ApiCallError, errorMessage } from '../api/client';
import { schemaErrors } from './schemaErrors';

interface SchemaSubmitOptions<V extends Record<string, unknown>, S extends z.ZodType> {
  form: UseFormReturnType<V>;
  /** The contract's input schema: checked here for instant errors, again by the back end. */
  schema: S;
  /** Form values → contract input, where they differ. */
  toInput?: (values: V) => unknown;
  /** Calls the API; resolves to the success message shown to the user. */
  save: (input: z.output<S>) => Promise<string>;
  /** After a successful save (clear the draft, close the dialog…). */
  onSaved: () => void;
  successTitle?: string;
  failureTitle?: string;
}

/**
 * The one way a form is sent: validate with the contract schema (errors under the fields), call the
 * API, put a field error from the back end under its field, and say what happened in Chinese.
 */
export function useSchemaSubmit<V extends Record<string, unknown>, S extends z.ZodType>(options: SchemaSubmitOptions<V, S>) {
  const [saving, setSaving] = useState(false);

  async function submit(): Promise<void> {
    const { form, schema } = options;
    const input = options.toInput ? options.toInput(form.getValues()) : form.getValues();
    const errors = schemaErrors(schema, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    try {
      const message = await options.save(schema.parse(input));
      options.onSaved();
      notifications.show({ color: 'green', title: options.successTitle ?? '已保存', message });
    } catch (error) {
      if (error instanceof ApiCallError && error.field) form.setFieldError(error.field, error.message);
      notifications.show({ color: 'red', title: options.failureTitle ?? '未能保存', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return { submit, saving };
}
