// The steps of a transfer we received: the receipt of service we sign, our written answer
// (accept → our case; refuse with reason; or report to the government), the case link, and the
// government's decision.

import { Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import type { Organization, Staff, TransferInView } from '../../../../shared/contract';
import {
  IN_ANSWERS,
  IN_ANSWER_LABELS,
  IN_DECISIONS,
  IN_DECISION_LABELS,
  transferAcknowledgeInput,
  transferInAnswerInput,
  transferInDecisionInput,
  transferLinkCaseInput,
} from '../../../../shared/contract/transfers';
import { ChoiceRadios } from './ChoiceRadios';
import { GovernmentDecisionStep } from './GovernmentDecisionStep';
import { StepForm, type TransferStepProps } from './StepForm';
import { orgOptions } from '../../lib/orgOptions';
import { CaseSelect } from '../registers/CaseSelect';

type InStepProps = TransferStepProps<TransferInView>;

const idOrZero = (value: string | null) => Number(value ?? 0);

export function AcknowledgeStep({ view, today, time, staff, onDone, onCancel }: InStepProps & { staff: Staff[] }) {
  const people = staff
    .filter((person) => person.active)
    .map((person) => ({ value: String(person.id), label: person.name }));
  return (
    <StepForm
      draftKey={`transfer-in-${view.id}-acknowledge`}
      title="登记签收（送达回证）"
      submitLabel="登记签收"
      doneMessage={(saved) => `已登记签收：${saved.receipt?.signedBy ?? ''}在${saved.from.name}的送达回证上签收`}
      note={
        <Text size="sm" c="dimmed">
          {view.from.name}随移送函送来的送达回证，由本单位签收人签名（盖章）后交回移送单位（涪陵府办〔2024〕1号
          二(三)：受移送方收到有关材料后，应当受理并出具行政案件移送书送达回证）。此处登记谁在何时签收；回证是移送单位的文书，本软件不另行制作。
        </Text>
      }
      initial={{ signedById: null as string | null, signedOn: today as string | null, signedTime: time, note: '' }}
      schema={transferAcknowledgeInput}
      toInput={(values) => ({
        id: view.id,
        signedById: idOrZero(values.signedById),
        signedOn: values.signedOn ?? '',
        signedTime: values.signedTime,
        note: values.note,
      })}
      method="transfers.in.acknowledge"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <SimpleGrid cols={2}>
          <Select label="签收人" withAsterisk data={people} {...form.getInputProps('signedById')} />
          <TextInput label="回证备注" {...form.getInputProps('note')} />
          <DateField label="签收日期" withAsterisk {...form.getInputProps('signedOn')} />
          <TimeField label="签收时间" withAsterisk {...form.getInputProps('signedTime')} />
        </SimpleGrid>
      )}
    </StepForm>
  );
}

export function InAnswerStep({ view, today, orgs, onDone, onCancel }: InStepProps & { orgs: Organization[] }) {
  const governments = orgOptions(orgs, (org) => view.dispute.kinds.includes(org.kind));
  return (
    <StepForm
      draftKey={`transfer-in-${view.id}-answer`}
      title="书面告知受理情况"
      submitLabel="登记答复"
      initial={{
        outcome: 'accepted' as string,
        answeredOn: today as string | null,
        reason: '',
        caseId: null as string | null,
        governmentOrgId: (governments[0]?.value ?? null) as string | null,
      }}
      schema={transferInAnswerInput}
      // Only what the chosen answer uses is sent (the fields for the others are hidden, and the
      // server refuses a case or a government the answer does not use rather than drop it).
      toInput={(values) => ({
        id: view.id,
        outcome: values.outcome as (typeof IN_ANSWERS)[number],
        answeredOn: values.answeredOn ?? '',
        reason: values.outcome === 'accepted' ? '' : values.reason,
        caseId: values.outcome === 'accepted' && values.caseId ? Number(values.caseId) : null,
        governmentOrgId:
          values.outcome === 'escalated' && values.governmentOrgId ? Number(values.governmentOrgId) : null,
      })}
      method="transfers.in.answer"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => {
        const outcome = form.getValues().outcome;
        return (
          <Stack gap="sm">
            <ChoiceRadios
              label="答复"
              withAsterisk
              // 涪陵府办〔2024〕1号 二(三): 应当受理; not ours → report. Only a profile that allows it offers 不予受理.
              values={IN_ANSWERS.filter((answer) => answer !== 'refused' || view.refusalAllowed)}
              labels={IN_ANSWER_LABELS}
              {...form.getInputProps('outcome')}
            />
            <DateField
              label="答复日期"
              withAsterisk
              description="即受理情况告知书的落款日期；登记后可出具告知书"
              {...form.getInputProps('answeredOn')}
            />
            {outcome === 'accepted' && (
              <CaseSelect
                label="作为本单位案件"
                clearable
                description="可先不选，登记案件后再关联"
                {...form.getInputProps('caseId')}
              />
            )}
            {outcome === 'escalated' && (
              <>
                <Text size="sm" c="dimmed">
                  认为不属于本单位管辖的：{view.dispute.steps.join('；')}（{view.dispute.rule}）。
                </Text>
                <Select
                  label="报请决定的机关"
                  withAsterisk
                  data={governments}
                  {...form.getInputProps('governmentOrgId')}
                />
              </>
            )}
            {outcome !== 'accepted' && (
              <Textarea label="理由" withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
            )}
          </Stack>
        );
      }}
    </StepForm>
  );
}

export function LinkCaseStep({ view, onDone, onCancel }: InStepProps) {
  return (
    <StepForm
      draftKey={`transfer-in-${view.id}-link`}
      title="关联本单位案件"
      submitLabel="关联"
      initial={{ caseId: null as string | null }}
      schema={transferLinkCaseInput}
      toInput={(values) => ({ id: view.id, caseId: idOrZero(values.caseId) })}
      method="transfers.in.linkCase"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <CaseSelect
          label="本单位案件"
          withAsterisk
          description="尚未登记的，请先在“案件”中登记"
          {...form.getInputProps('caseId')}
        />
      )}
    </StepForm>
  );
}

export function InDecisionStep({ view, today, onDone, onCancel }: InStepProps) {
  return (
    <GovernmentDecisionStep
      id={view.id}
      draftKey={`transfer-in-${view.id}-decision`}
      today={today}
      decisions={IN_DECISIONS}
      labels={IN_DECISION_LABELS}
      preselected="ours"
      schema={transferInDecisionInput}
      method="transfers.in.recordDecision"
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
