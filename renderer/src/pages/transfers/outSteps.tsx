// The steps of a transfer out after it is prepared, each as a small form: the head's approval,
// sending, the receipt of service, the receiver's answer, escalation, the government's decision.

import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Organization, Staff, TransferOutView } from '../../../../shared/contract';
import {
  JUDICIAL_OUT_ANSWERS,
  JUDICIAL_OUT_ANSWER_LABELS,
  OUT_ANSWERS,
  OUT_ANSWER_LABELS,
  OUT_DECISIONS,
  OUT_DECISION_LABELS,
  SEND_METHODS,
  SEND_METHOD_LABELS,
  transferApproveInput,
  transferEscalateInput,
  transferOutAnswerInput,
  transferOutDecisionInput,
  transferReceiptInput,
  transferSendInput,
  transferWithdrawInput,
} from '../../../../shared/contract/transfers';
import { TimeField } from '../../components/TimeField';
import { ChoiceRadios } from './ChoiceRadios';
import { GovernmentDecisionStep } from './GovernmentDecisionStep';
import { StepForm, type TransferStepProps } from './StepForm';
import { orgOptions } from '../../lib/orgOptions';

type StepProps = TransferStepProps<TransferOutView>;

export function ApproveStep({ view, staff, onDone, onCancel }: StepProps & { staff: Staff[] }) {
  const heads = staff
    .filter((person) => person.active && person.roles.includes('head'))
    .map((person) => ({ value: String(person.id), label: person.name }));
  return (
    <StepForm
      draftKey={`transfer-out-${view.id}-approve`}
      title="负责人批准移送"
      submitLabel="批准移送"
      initial={{ headId: null as string | null, note: '' }}
      schema={transferApproveInput}
      toInput={(values) => ({ id: view.id, headId: Number(values.headId ?? 0), note: values.note })}
      method="transfers.out.approve"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Select label="批准的负责人" withAsterisk data={heads} {...form.getInputProps('headId')} />
          <Textarea label="批准意见" autosize {...form.getInputProps('note')} />
        </>
      )}
    </StepForm>
  );
}

export function SendStep({ view, today, time, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`transfer-out-${view.id}-send`}
      title="移送"
      submitLabel="确认已移送"
      initial={{ sentOn: today as string | null, sentTime: time, letterNumber: '', method: 'direct' as string }}
      schema={transferSendInput}
      toInput={(values) => ({
        id: view.id,
        sentOn: values.sentOn ?? '',
        sentTime: values.sentTime,
        letterNumber: values.letterNumber,
        method: values.method as (typeof SEND_METHODS)[number],
      })}
      method="transfers.out.send"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <SimpleGrid cols={2}>
          <DateInput label="移送日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('sentOn')} />
          <TimeField label="移送时间" withAsterisk {...form.getInputProps('sentTime')} />
          {view.issuedLetterNumber ? (
            // The letter issued in the app carries its number; the send records that one.
            <TextInput
              label="移送函文号"
              value={view.issuedLetterNumber}
              readOnly
              description="本软件出具的案件移送函"
            />
          ) : (
            <TextInput
              label="移送函文号"
              placeholder="例如：青山移〔2025〕3号"
              description="在本软件外制作的移送函，填写其文号"
              {...form.getInputProps('letterNumber')}
            />
          )}
          <Select
            label="送达方式"
            data={SEND_METHODS.map((value) => ({ value, label: SEND_METHOD_LABELS[value] }))}
            {...form.getInputProps('method')}
          />
        </SimpleGrid>
      )}
    </StepForm>
  );
}

export function ReceiptStep({ view, today, time, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`transfer-out-${view.id}-receipt`}
      title="登记送达回证"
      submitLabel="登记回证"
      initial={{ receivedOn: today as string | null, receivedTime: time, signedBy: '', note: '' }}
      schema={transferReceiptInput}
      toInput={(values) => ({
        id: view.id,
        receivedOn: values.receivedOn ?? '',
        receivedTime: values.receivedTime,
        signedBy: values.signedBy,
        note: values.note,
      })}
      method="transfers.out.recordReceipt"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <SimpleGrid cols={2}>
          <DateInput label="签收日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('receivedOn')} />
          <TimeField label="签收时间" withAsterisk {...form.getInputProps('receivedTime')} />
          <TextInput
            label="签收人"
            withAsterisk
            placeholder="受移送单位签收人的姓名"
            {...form.getInputProps('signedBy')}
          />
          <TextInput label="回证备注" {...form.getInputProps('note')} />
        </SimpleGrid>
      )}
    </StepForm>
  );
}

export function AnswerStep({ view, today, onDone, onCancel }: StepProps) {
  // 公安/检察 answer 立案 or 不予立案; only an administrative body reports a dispute to the government.
  const judicial = view.target === 'judicial';
  return (
    <StepForm
      draftKey={`transfer-out-${view.id}-answer`}
      title="登记书面答复"
      submitLabel="登记答复"
      initial={{ outcome: 'accepted' as string, answeredOn: today as string | null, reason: '', reference: '' }}
      schema={transferOutAnswerInput}
      toInput={(values) => ({
        id: view.id,
        outcome: values.outcome as (typeof OUT_ANSWERS)[number],
        answeredOn: values.answeredOn ?? '',
        reason: values.reason,
        reference: values.reference,
      })}
      method="transfers.out.recordAnswer"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <Stack gap="sm">
          {judicial ? (
            <ChoiceRadios
              label="司法机关的答复"
              withAsterisk
              values={JUDICIAL_OUT_ANSWERS}
              labels={JUDICIAL_OUT_ANSWER_LABELS}
              {...form.getInputProps('outcome')}
            />
          ) : (
            <ChoiceRadios
              label="受移送单位的答复"
              withAsterisk
              values={OUT_ANSWERS}
              labels={OUT_ANSWER_LABELS}
              {...form.getInputProps('outcome')}
            />
          )}
          <SimpleGrid cols={2}>
            <DateInput label="答复日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('answeredOn')} />
            <TextInput label="答复文号" {...form.getInputProps('reference')} />
          </SimpleGrid>
          <Textarea
            label="理由"
            description={judicial ? '不予立案的，须写明理由' : '不予受理或报请政府决定的，须写明理由'}
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        </Stack>
      )}
    </StepForm>
  );
}

export function EscalateStep({ view, today, orgs, onDone, onCancel }: StepProps & { orgs: Organization[] }) {
  const governments = orgOptions(orgs, (org) => view.dispute.kinds.includes(org.kind));
  return (
    <StepForm
      draftKey={`transfer-out-${view.id}-escalate`}
      title="书面报请区政府决定"
      submitLabel="登记报请"
      color="orange"
      initial={{
        governmentOrgId: (governments[0]?.value ?? null) as string | null,
        escalatedOn: today as string | null,
        note: '',
      }}
      schema={transferEscalateInput}
      toInput={(values) => ({
        id: view.id,
        governmentOrgId: Number(values.governmentOrgId ?? 0),
        escalatedOn: values.escalatedOn ?? '',
        note: values.note,
      })}
      method="transfers.out.escalate"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <SimpleGrid cols={2}>
            <Select
              label="报请的人民政府"
              withAsterisk
              data={governments}
              description="未登记的，请先在“设置 › 协作单位”中登记"
              {...form.getInputProps('governmentOrgId')}
            />
            <DateInput label="报请日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('escalatedOn')} />
          </SimpleGrid>
          <Textarea
            label="报请事项"
            withAsterisk
            autosize
            minRows={2}
            placeholder="例如：双方对管辖有争议，请求区政府确定管辖"
            {...form.getInputProps('note')}
          />
        </>
      )}
    </StepForm>
  );
}

export function DecisionStep({ view, today, onDone, onCancel }: StepProps) {
  return (
    <GovernmentDecisionStep
      id={view.id}
      draftKey={`transfer-out-${view.id}-decision`}
      today={today}
      decisions={OUT_DECISIONS}
      // The receiver is named, so the clerk sees which unit "由受移送单位管辖" means.
      labels={{ ...OUT_DECISION_LABELS, receiver: `由${view.receiver.name}管辖` }}
      preselected="receiver"
      schema={transferOutDecisionInput}
      method="transfers.out.recordDecision"
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

export function WithdrawStep({ view, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`transfer-out-${view.id}-withdraw`}
      title="撤回移送"
      submitLabel="撤回"
      color="gray"
      initial={{ reason: '' }}
      schema={transferWithdrawInput}
      toInput={(values) => ({ id: view.id, reason: values.reason })}
      method="transfers.out.withdraw"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => <Textarea label="撤回理由" withAsterisk autosize {...form.getInputProps('reason')} />}
    </StepForm>
  );
}
