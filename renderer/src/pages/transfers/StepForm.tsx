// One step of a transfer (send, record the receipt, answer…) as a small form: typing is kept as a
// draft until the step is saved, the contract's schema gives instant errors, and the back end's
// refusal (which names the rule) is shown as it came.

import type { ReactNode } from 'react';
import { Button, Card, Group, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';

export interface StepFormProps<T extends Record<string, unknown>, S extends z.ZodType> {
  draftKey: string;
  title: string;
  initial: T;
  submitLabel: string;
  /** The contract's input schema for the step. */
  schema: S;
  /** Turns form values into the contract input. */
  toInput: (values: T) => z.input<S>;
  run: (input: z.output<S>) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
  children: (form: UseFormReturnType<T>) => ReactNode;
  color?: string;
}

export function StepForm<T extends Record<string, unknown>, S extends z.ZodType>(props: StepFormProps<T, S>) {
  const { form, restored, discardDraft, saved } = useDraftForm<T>(props.draftKey, props.initial);
  const { submit, saving: busy } = useSchemaSubmit({
    form,
    schema: props.schema,
    toInput: props.toInput,
    save: async (input) => {
      await props.run(input);
      return `${props.title}已记录`;
    },
    onSaved: () => {
      saved();
      props.onDone();
    },
  });

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
