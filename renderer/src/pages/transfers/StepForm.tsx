// One step of a transfer (send, record the receipt, answer…) as a small form: typing is kept as a
// draft until the step is saved, the contract's schema gives instant errors, and the back end's
// refusal (which names the rule) is shown as it came.

import { useState, type ReactNode } from 'react';
import { Button, Card, Group, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { ApiCallError, errorMessage } from '../../api/client';
import { DraftBanner } from '../../components/DraftBanner';
import { schemaErrors } from '../../lib/schemaErrors';
import { useDraftForm } from '../../lib/useDraftForm';

export interface StepFormProps<T extends Record<string, unknown>, I> {
  draftKey: string;
  title: string;
  initial: T;
  submitLabel: string;
  /** Turns form values into the contract input. */
  toInput: (values: T) => I;
  schema: z.ZodType;
  run: (input: I) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
  children: (form: UseFormReturnType<T>) => ReactNode;
  color?: string;
}

export function StepForm<T extends Record<string, unknown>, I>(props: StepFormProps<T, I>) {
  const { form, restored, discardDraft, saved } = useDraftForm<T>(props.draftKey, props.initial);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const input = props.toInput(form.getValues());
    const errors = schemaErrors(props.schema, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      await props.run(input);
      saved();
      notifications.show({ color: 'teal', title: '已保存', message: `${props.title}已记录` });
      props.onDone();
    } catch (error) {
      if (error instanceof ApiCallError && error.field) form.setFieldError(error.field, error.message);
      notifications.show({ color: 'red', title: '未能保存', message: errorMessage(error), autoClose: 12_000 });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <form
        noValidate
        aria-label={props.title}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Title order={3} fz={16} mb="sm">
          {props.title}
        </Title>
        <DraftBanner visible={restored} onDiscard={() => discardDraft(props.initial)} />
        <Stack gap="sm">{props.children(form)}</Stack>
        <Group justify="flex-end" mt="md">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              取消
            </Button>
          )}
          <Button type="submit" loading={busy} color={props.color}>
            {props.submitLabel}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
