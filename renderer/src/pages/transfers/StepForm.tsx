// One step of a transfer (send, record the receipt, answer…) as a small form: typing is kept as a
// draft until the step is saved, the contract's schema gives instant errors, and the back end's
// refusal (which names the rule) is shown as it came.

import type { ReactNode } from 'react';
import { Card, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import type { WriteMethod } from '../../api/invalidation';
import type { OutputOf } from '../../../../shared/contract';
import { DraftSchemaForm } from '../../components/DraftSchemaForm';
import { FormButtons } from '../../components/FormButtons';
import { useDraftSchemaForm } from '../../lib/useDraftSchemaForm';

/** What a transfer's page hands each of its step forms. */
export interface TransferStepProps<V> {
  view: V;
  today: string;
  time: string;
  onDone: () => void;
  onCancel: () => void;
}

export interface StepFormProps<T extends Record<string, unknown>, S extends z.ZodType, M extends WriteMethod> {
  draftKey: string;
  title: string;
  initial: T;
  submitLabel: string;
  /** The contract's input schema for the step. */
  schema: S;
  /** Turns form values into the contract input. */
  toInput: (values: T) => z.input<S>;
  /** The step's write; what it changes is reloaded by the invalidation table. */
  method: M;
  /** Runs once saved, with what the back end returned (a created record's id…). */
  onDone: (output: OutputOf<M>) => void;
  onCancel?: () => void;
  children: (form: UseFormReturnType<T>) => ReactNode;
  color?: string;
  /** The success notice; by default "<title>已记录". */
  doneMessage?: (output: OutputOf<M>) => string;
  /** Said above the fields: what the step does and does not do. */
  note?: ReactNode;
  /** Why the signed-in person may not take this step (it is someone else's): submit disabled, reason on hover. */
  disabledReason?: string | null;
}

export function StepForm<T extends Record<string, unknown>, S extends z.ZodType, M extends WriteMethod>(
  props: StepFormProps<T, S, M>,
) {
  const draft = useDraftSchemaForm({
    draftKey: props.draftKey,
    initial: props.initial,
    schema: props.schema,
    toInput: props.toInput,
    method: props.method,
    message: (output) => props.doneMessage?.(output) ?? `${props.title}已记录`,
    onSaved: props.onDone,
  });

  return (
    <Card withBorder>
      <DraftSchemaForm
        draft={draft}
        aria-label={props.title}
        heading={
          <Title order={3} fz={16} mb="sm">
            {props.title}
          </Title>
        }
      >
        <Stack gap="sm">
          {props.note}
          {props.children(draft.form)}
        </Stack>
        <FormButtons
          mt="md"
          submitLabel={props.submitLabel}
          saving={draft.saving}
          onCancel={props.onCancel}
          color={props.color}
          disabledReason={props.disabledReason ?? null}
        />
      </DraftSchemaForm>
    </Card>
  );
}
