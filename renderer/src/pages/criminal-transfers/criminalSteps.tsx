// The steps of a criminal transfer (国务院令第310号), each as a small form: the head's decision,
// the transfer, the 回执, the police's decision, 复议, 立案监督, and the way back to administrative
// handling. No jurisdiction wording: this is not a transfer between administrative bodies.

import { Select, SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Organization, Staff } from '../../../../shared/contract';
import {
  criminalAnswerInput,
  criminalDecideInput,
  criminalReceiptInput,
  criminalReconsiderationAnswerInput,
  criminalReconsiderInput,
  criminalReturnInput,
  criminalSendInput,
  criminalSupervisionInput,
  POLICE_ANSWER_LABELS,
  POLICE_ANSWERS,
  type CriminalTransferView,
  type PoliceAnswer,
} from '../../../../shared/contract/criminal-transfers';
import { TimeField } from '../../components/TimeField';
import { ChoiceRadios } from '../transfers/ChoiceRadios';
import { StepForm, type TransferStepProps } from '../transfers/StepForm';
import { orgOptions } from '../../lib/orgOptions';

type StepProps = TransferStepProps<CriminalTransferView>;

export function DecideStep({ view, today, time, staff, onDone, onCancel }: StepProps & { staff: Staff[] }) {
  const heads = staff
    .filter((person) => person.active && person.roles.includes('head'))
    .map((person) => ({ value: String(person.id), label: person.name }));
  return (
    <StepForm
      draftKey={`criminal-${view.id}-decide`}
      title="正职负责人（或者主持工作的负责人）审批"
      submitLabel="记录审批决定"
      initial={{
        headId: null as string | null,
        approved: true,
        decidedOn: today as string | null,
        decidedTime: time,
        note: '',
      }}
      schema={criminalDecideInput}
      toInput={(values) => ({
        id: view.id,
        headId: Number(values.headId ?? 0),
        approved: values.approved,
        decidedOn: values.decidedOn ?? '',
        decidedTime: values.decidedTime,
        note: values.note,
      })}
      method="transfers.criminal.decide"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Select label="审批的负责人" withAsterisk data={heads} {...form.getInputProps('headId')} />
          <Switch label="批准移送" {...form.getInputProps('approved', { type: 'checkbox' })} />
          <SimpleGrid cols={2}>
            <DateInput label="审批日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('decidedOn')} />
            <TimeField label="审批时间" withAsterisk {...form.getInputProps('decidedTime')} />
          </SimpleGrid>
          <Textarea
            label="审批意见"
            description="不批准移送的，应当将不予批准的理由记录在案（第五条第二款）；超过3日作出的决定照实记录为逾期"
            autosize
            {...form.getInputProps('note')}
          />
        </>
      )}
    </StepForm>
  );
}

export function CriminalSendStep({ view, today, time, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`criminal-${view.id}-send`}
      title="移送公安机关"
      submitLabel="确认已移送"
      initial={{ sentOn: today as string | null, sentTime: time, letterNumber: '' }}
      schema={criminalSendInput}
      toInput={(values) => ({
        id: view.id,
        sentOn: values.sentOn ?? '',
        sentTime: values.sentTime,
        letterNumber: values.letterNumber,
      })}
      method="transfers.criminal.send"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <SimpleGrid cols={2}>
            <DateInput label="移送日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('sentOn')} />
            <TimeField label="移送时间" withAsterisk {...form.getInputProps('sentTime')} />
          </SimpleGrid>
          <TextInput
            label="移送书文号"
            description={
              view.issuedLetterNumber
                ? `已在本软件出具移送书（${view.issuedLetterNumber}），留空即使用该文号`
                : '在本软件外制作移送书的，填写其文号'
            }
            {...form.getInputProps('letterNumber')}
          />
        </>
      )}
    </StepForm>
  );
}

export function CriminalReceiptStep({ view, today, time, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`criminal-${view.id}-receipt`}
      title="登记公安机关签字的回执"
      submitLabel="登记回执"
      initial={{ receivedOn: today as string | null, receivedTime: time, signedBy: '', note: '' }}
      schema={criminalReceiptInput}
      toInput={(values) => ({
        id: view.id,
        receivedOn: values.receivedOn ?? '',
        receivedTime: values.receivedTime,
        signedBy: values.signedBy,
        note: values.note,
      })}
      method="transfers.criminal.recordReceipt"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <SimpleGrid cols={2}>
            <DateInput label="签收日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('receivedOn')} />
            <TimeField label="签收时间" withAsterisk {...form.getInputProps('receivedTime')} />
          </SimpleGrid>
          <TextInput label="在回执上签字的人" withAsterisk {...form.getInputProps('signedBy')} />
          <Textarea label="备注" autosize {...form.getInputProps('note')} />
        </>
      )}
    </StepForm>
  );
}

export function PoliceAnswerStep({ view, today, onDone, onCancel }: StepProps) {
  const afterSupervision = view.state === 'supervision';
  return (
    <StepForm
      draftKey={`criminal-${view.id}-answer`}
      title={afterSupervision ? '登记公安机关经立案监督后立案' : '登记公安机关的书面决定'}
      submitLabel="登记决定"
      initial={{ outcome: 'filed' as PoliceAnswer, answeredOn: today as string | null, reference: '', reason: '' }}
      schema={criminalAnswerInput}
      toInput={(values) => ({
        id: view.id,
        outcome: values.outcome,
        answeredOn: values.answeredOn ?? '',
        reference: values.reference,
        reason: values.reason,
      })}
      method="transfers.criminal.recordAnswer"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <ChoiceRadios
            label="公安机关的决定"
            withAsterisk
            values={afterSupervision ? (['filed'] as const) : POLICE_ANSWERS}
            labels={POLICE_ANSWER_LABELS}
            {...form.getInputProps('outcome')}
          />
          <DateInput
            label="收到书面通知的日期"
            withAsterisk
            valueFormat="YYYY-MM-DD"
            description="不予立案的，复议期限自收到不予立案通知书之日的次日起算"
            {...form.getInputProps('answeredOn')}
          />
          <TextInput label="通知书文号" {...form.getInputProps('reference')} />
          {form.getValues().outcome === 'not-filed' && (
            <Textarea label="不予立案的理由（照通知书）" withAsterisk autosize {...form.getInputProps('reason')} />
          )}
        </>
      )}
    </StepForm>
  );
}

export function ReconsiderStep({ view, today, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`criminal-${view.id}-reconsider`}
      title="提请公安机关复议"
      submitLabel="记录提请复议"
      initial={{ requestedOn: today as string | null, note: '' }}
      schema={criminalReconsiderInput}
      toInput={(values) => ({ id: view.id, requestedOn: values.requestedOn ?? '', note: values.note })}
      method="transfers.criminal.reconsider"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <DateInput
            label="提请复议日期"
            withAsterisk
            valueFormat="YYYY-MM-DD"
            {...form.getInputProps('requestedOn')}
          />
          <Textarea label="提请复议的理由" withAsterisk autosize minRows={2} {...form.getInputProps('note')} />
        </>
      )}
    </StepForm>
  );
}

export function ReconsiderationAnswerStep({ view, today, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`criminal-${view.id}-reconsideration`}
      title="登记公安机关的复议决定"
      submitLabel="登记复议决定"
      initial={{ outcome: 'not-filed' as PoliceAnswer, answeredOn: today as string | null, reference: '' }}
      schema={criminalReconsiderationAnswerInput}
      toInput={(values) => ({
        id: view.id,
        outcome: values.outcome,
        answeredOn: values.answeredOn ?? '',
        reference: values.reference,
      })}
      method="transfers.criminal.recordReconsideration"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <ChoiceRadios
            label="复议决定"
            withAsterisk
            values={POLICE_ANSWERS}
            labels={POLICE_ANSWER_LABELS}
            {...form.getInputProps('outcome')}
          />
          <DateInput
            label="收到复议决定通知书的日期"
            withAsterisk
            valueFormat="YYYY-MM-DD"
            {...form.getInputProps('answeredOn')}
          />
          <TextInput label="复议决定文号" {...form.getInputProps('reference')} />
        </>
      )}
    </StepForm>
  );
}

export function SupervisionStep({ view, today, orgs, onDone, onCancel }: StepProps & { orgs: Organization[] }) {
  const procuratorates = orgOptions(orgs, (org) => org.kind === 'procuratorate');
  return (
    <StepForm
      draftKey={`criminal-${view.id}-supervision`}
      title="建议人民检察院立案监督"
      submitLabel="记录建议立案监督"
      initial={{
        procuratorateOrgId: (procuratorates[0]?.value ?? null) as string | null,
        requestedOn: today as string | null,
        note: '',
      }}
      schema={criminalSupervisionInput}
      toInput={(values) => ({
        id: view.id,
        procuratorateOrgId: Number(values.procuratorateOrgId ?? 0),
        requestedOn: values.requestedOn ?? '',
        note: values.note,
      })}
      method="transfers.criminal.supervision"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Select
            label="人民检察院"
            withAsterisk
            data={procuratorates}
            description="在“设置 › 协作单位”中登记检察机关"
            {...form.getInputProps('procuratorateOrgId')}
          />
          <DateInput label="建议日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('requestedOn')} />
          <Textarea label="建议立案监督的理由" withAsterisk autosize minRows={2} {...form.getInputProps('note')} />
        </>
      )}
    </StepForm>
  );
}

export function ReturnStep({ view, today, onDone, onCancel }: StepProps) {
  return (
    <StepForm
      draftKey={`criminal-${view.id}-return`}
      title="回到行政处理"
      submitLabel="确认回到行政处理"
      color="orange"
      initial={{ returnedOn: today as string | null, note: '' }}
      schema={criminalReturnInput}
      toInput={(values) => ({ id: view.id, returnedOn: values.returnedOn ?? '', note: values.note })}
      method="transfers.criminal.returnToAdministrative"
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <DateInput label="日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('returnedOn')} />
          <Textarea
            label="行政处理的说明"
            description="案件回到行政处理后，承办人可重新送审（第十条）"
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
        </>
      )}
    </StepForm>
  );
}
