import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { ApiCallError, errorMessage } from '../api/client';
import { schemaErrors } from './schemaErrors';

/** Form values turned into the contract's input, plus problems only the form can see (e.g. "12.345 元"). */
export interface FormInput {
  input: unknown;
  errors?: Record<string, string>;
}

export interface SchemaSubmitOptions<V extends Record<string, unknown>, S extends z.ZodType> {
  form: UseFormReturnType<V>;
  /** The contract's input schema: checked here for instant errors, again by the back end. */
  schema: S;
  /** Form values → contract input, where they differ. */
  toInput?: (values: V) => unknown;
  /** Like `toInput`, for forms that also find problems of their own while converting. */
  toFormInput?: (values: V) => FormInput;
  /** Contract field → form field, where they differ (fineFen → fineYuan). */
  formPath?: (contractPath: string) => string;
  /** Calls the API; resolves to the success message shown to the user. */
  save: (input: z.output<S>) => Promise<string>;
  /** After a successful save (clear the draft, close the dialog…). A form that goes on to the saved record clears its draft in `save`, before it navigates away. */
  onSaved?: () => void;
  successTitle?: string;
  failureTitle?: string;
}

/**
 * The one way a form is sent: validate with the contract schema (errors under the fields, and the
 * first one said in a notice, since on a long form it may be out of sight), call the API, put a
 * field error from the back end under its field, and say what happened in Chinese. A refusal names
 * the rule it applies, so it stays on screen long enough to be read.
 */
export function useSchemaSubmit<V extends Record<string, unknown>, S extends z.ZodType>(
  options: SchemaSubmitOptions<V, S>,
) {
  const [saving, setSaving] = useState(false);

  async function submit(): Promise<void> {
    const { form, schema } = options;
    const values = form.getValues();
    const { input, errors: formErrors = {} } = options.toFormInput
      ? options.toFormInput(values)
      : { input: options.toInput ? options.toInput(values) : values };
    const toForm = options.formPath ?? ((path: string) => path);
    const schemaProblems = Object.fromEntries(
      Object.entries(schemaErrors(schema, input)).map(([path, message]) => [toForm(path), message]),
    );
    const errors = { ...schemaProblems, ...formErrors };
    form.setErrors(errors);
    const first = Object.values(errors)[0];
    if (first !== undefined) {
      notifications.show({ color: 'red', title: '请修改标红的内容', message: first });
      return;
    }
    setSaving(true);
    try {
      const message = await options.save(schema.parse(input));
      options.onSaved?.();
      notifications.show({ color: 'green', title: options.successTitle ?? '已保存', message });
    } catch (error) {
      if (error instanceof ApiCallError && error.field) form.setFieldError(toForm(error.field), error.message);
      notifications.show({
        color: 'red',
        title: options.failureTitle ?? '未能保存',
        message: errorMessage(error),
        autoClose: 12_000,
      });
    } finally {
      setSaving(false);
    }
  }

  return { submit, saving };
}
