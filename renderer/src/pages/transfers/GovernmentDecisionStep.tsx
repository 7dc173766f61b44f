// Where the two units cannot agree on jurisdiction, the district government decides; a transfer we
// sent and one we received record that decision the same way, only with their own choices.

import { Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { z } from 'zod';
import { ChoiceRadios } from './ChoiceRadios';
import { StepForm } from './StepForm';

/** The contract input of transfers.in.recordDecision and transfers.out.recordDecision. */
interface DecisionInput<D extends string> {
  id: number;
  decision: D;
  decidedOn: string;
  note: string;
}

interface GovernmentDecisionStepProps<D extends string> {
  /** The transfer record the decision is about. */
  id: number;
  draftKey: string;
  today: string;
  decisions: readonly D[];
  labels: Record<D, string>;
  /** Checked when the form opens. */
  preselected: D;
  schema: z.ZodType<DecisionInput<D>, DecisionInput<D>>;
  method: 'transfers.out.recordDecision' | 'transfers.in.recordDecision';
  onDone: () => void;
  onCancel: () => void;
}

export function GovernmentDecisionStep<D extends string>({
  id,
  draftKey,
  today,
  decisions,
  labels,
  preselected,
  schema,
  method,
  onDone,
  onCancel,
}: GovernmentDecisionStepProps<D>) {
  return (
    <StepForm
      draftKey={draftKey}
      title="登记政府的决定"
      submitLabel="登记决定"
      initial={{ decision: preselected as string, decidedOn: today as string | null, note: '' }}
      schema={schema}
      toInput={(values) => ({
        id,
        decision: values.decision as D,
        decidedOn: values.decidedOn ?? '',
        note: values.note,
      })}
      method={method}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <ChoiceRadios
            label="决定"
            withAsterisk
            values={decisions}
            labels={labels}
            {...form.getInputProps('decision')}
          />
          <DateInput label="决定日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('decidedOn')} />
          <Textarea label="决定内容" withAsterisk autosize minRows={2} {...form.getInputProps('note')} />
        </>
      )}
    </StepForm>
  );
}
