import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { WriteMethod } from '../api/invalidation';
import { useApiMutation } from '../api/useApi';
import { schemaErrors } from './schemaErrors';

/** Form values turned into the contract's input, plus problems only the form can see (e.g. "12.345 元"). */
export interface FormInput {
  input: unknown;
  errors?: Record<string, string>;
}

export interface SchemaSubmitOptions<V extends Record<string, unknown>, S extends z.ZodType, M extends WriteMethod> {
  form: UseFormReturnType<V>;
  /** The contract's input schema: checked here for instant errors, again by the back end. */
  schema: S;
  /** Form values → contract input, where they differ. */
  toInput?: (values: V) => unknown;
  /** Like `toInput`, for forms that also find problems of their own while converting. */
  toFormInput?: (values: V) => FormInput;
  /** Contract field → form field, where they differ (fineFen → fineYuan). */
  formPath?: (contractPath: string) => string;
  /** The write the form sends (a form that creates and edits picks one by whether it has a record). */
  method: M;
  /** The checked input → what the method takes, where they differ (adds the record's id…). */
  send?: (input: z.output<S>) => InputOf<M>;
  /** The success notice, from the saved record. */
  message: (output: OutputOf<M>) => string;
  /** After a successful save (clear the draft, close the dialog, go on to the saved record…). */
  onSaved?: (output: OutputOf<M>) => void;
  successTitle?: string;
  failureTitle?: string;
}

/**
 * The form's way onto useApiMutation: validate with the contract schema (errors under the fields,
 * and the first one said in a notice, since on a long form it may be out of sight), send, put a
 * field error from the back end under its field, and say what happened in Chinese. A refusal names
 * the rule it applies, so it stays on screen long enough to be read.
 */
export function useSchemaSubmit<V extends Record<string, unknown>, S extends z.ZodType, M extends WriteMethod>(
  options: SchemaSubmitOptions<V, S, M>,
) {
  const toForm = options.formPath ?? ((path: string) => path);
  const mutation = useApiMutation(options.method, {
    success: { title: options.successTitle ?? '已保存', message: (output) => options.message(output) },
    failure: { title: options.failureTitle ?? '未能保存', autoClose: 12_000 },
    onFieldError: (field, message) => options.form.setFieldError(toForm(field), message),
  });

  async function submit(): Promise<void> {
    const { form, schema } = options;
    const values = form.getValues();
    const { input, errors: formErrors = {} } = options.toFormInput
      ? options.toFormInput(values)
      : { input: options.toInput ? options.toInput(values) : values };
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
    const checked: z.output<S> = schema.parse(input);
    const output = await mutation.run(options.send ? options.send(checked) : (checked as InputOf<M>));
    if (output !== undefined) options.onSaved?.(output);
  }

  return { submit, saving: mutation.pending };
}
