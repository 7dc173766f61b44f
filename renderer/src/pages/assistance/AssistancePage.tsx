import { useState } from 'react';
import { Button, Card, Group, Select, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useParams } from 'react-router';
import type { AssistanceView } from '../../../../shared/contract';
import {
  ASSISTANCE_DIRECTION_LABELS,
  ASSISTANCE_GROUND_LABELS,
  ASSISTANCE_REFUSAL_GROUNDS,
  ASSISTANCE_REFUSAL_LABELS,
  ASSISTANCE_RULE_QUOTE,
  ASSISTANCE_STATE_LABELS,
  assistanceAnswerInput,
  type AssistanceRefusalGround,
} from '../../../../shared/contract/assistance';
import { useApiQuery } from '../../api/useApi';
import { formatDate, formatInstant } from '../../lib/format';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import { DeadlineNotice, Fact, SourceQuote } from '../transfers/parts';
import { StepForm } from '../transfers/StepForm';
import { RecordLayout } from '../registers/RecordLayout';

interface AnswerValues extends Record<string, unknown> {
  outcome: 'assisted' | 'refused';
  refusalGround: AssistanceRefusalGround | null;
  answeredOn: string | null;
  text: string;
}

function AnswerStep({ view, today, onDone }: { view: AssistanceView; today: string; onDone: () => void }) {
  const initial: AnswerValues = { outcome: 'assisted', refusalGround: null, answeredOn: today, text: '' };
  return (
    <StepForm
      draftKey={`assistance-answer-${view.id}`}
      title={view.direction === 'in' ? '登记本单位的答复' : `登记${view.counterpart}的答复`}
      initial={initial}
      submitLabel="登记答复"
      schema={assistanceAnswerInput}
      toInput={(values: AnswerValues) => ({
        id: view.id,
        outcome: values.outcome,
        refusalGround: values.outcome === 'refused' ? values.refusalGround : null,
        answeredOn: values.answeredOn ?? '',
        text: values.text,
      })}
      method="assistance.answer"
      onDone={onDone}
      onCancel={onDone}
    >
      {(form) => (
        <>
          <Select
            label="答复结果"
            withAsterisk
            allowDeselect={false}
            data={[
              { value: 'assisted', label: '予以协助' },
              { value: 'refused', label: '不予协助（说明理由）' },
            ]}
            {...form.getInputProps('outcome')}
          />
          {form.values.outcome === 'refused' && (
            <Select
              label="不予协助的理由类别"
              withAsterisk
              data={ASSISTANCE_REFUSAL_GROUNDS.map((value) => ({ value, label: ASSISTANCE_REFUSAL_LABELS[value] }))}
              {...form.getInputProps('refusalGround')}
            />
          )}
          <DateInput label="答复日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('answeredOn')} />
          <Textarea label="答复内容" withAsterisk autosize minRows={2} {...form.getInputProps('text')} />
        </>
      )}
    </StepForm>
  );
}

/** #/registers/assistance/:id — one request for help, its deadline, answer, papers and history. */
export function AssistancePage() {
  const id = Number(useParams()['id']);
  const record = useApiQuery('assistance.get', { id });
  const now = useOfficeNow();
  const [answering, setAnswering] = useState(false);
  const paperKind = record.data?.direction === 'out' ? 'assistance-letter' : 'assistance-reply';
  return (
    <RecordLayout
      record={record}
      render={(view) => ({
        title: `执法协助：${view.caseTitle}`,
        description: `${ASSISTANCE_DIRECTION_LABELS[view.direction]} · ${view.counterpart}`,
        actions: <Text fw={600}>{ASSISTANCE_STATE_LABELS[view.state]}</Text>,
        main: (
          <>
            {view.deadline && (
              <DeadlineNotice
                deadline={view.deadline}
                title={view.direction === 'in' ? '本单位应予以协助或说明理由' : `待${view.counterpart}答复`}
              />
            )}
            <Group gap="sm" aria-label="下一步">
              {!view.answer && (
                <Button variant={answering ? 'light' : 'filled'} onClick={() => setAnswering(true)}>
                  登记答复
                </Button>
              )}
              {view.direction === 'out' && (
                <IssuePaperButton kind="assistance-letter" id={view.id} label="出具行政执法协助函" />
              )}
              {view.direction === 'in' && view.answer && (
                <IssuePaperButton kind="assistance-reply" id={view.id} label="出具协助复函" />
              )}
            </Group>
            {answering && now && !view.answer && (
              <AnswerStep view={view} today={now.today} onDone={() => setAnswering(false)} />
            )}
            <CaseDocumentsPanel source={{ kind: paperKind, id: view.id }} />
            <Card withBorder>
              <Title order={3} fz={16} mb="sm">
                请求内容
              </Title>
              <Stack gap={6}>
                <Fact label="对方机关">{view.counterpart}</Fact>
                {view.letterNumber && <Fact label="来函文号">{view.letterNumber}</Fact>}
                <Fact label="请求日期">{formatDate(view.requestedOn)}</Fact>
                <Fact label="协助的情形">{ASSISTANCE_GROUND_LABELS[view.ground]}</Fact>
                <Fact label="协助事项">{view.needed}</Fact>
                <Fact label="理由">{view.reason}</Fact>
                <Fact label="法律依据">{view.legalBasis || '—'}</Fact>
                <Fact label="需反馈的材料">{view.returnItems || '—'}</Fact>
                <Fact label="联系人">{[view.contactName, view.contactPhone].filter(Boolean).join('，') || '—'}</Fact>
                <Fact label="规则配置">{`${view.profile.name}（第${view.profile.version}版）`}</Fact>
              </Stack>
            </Card>
            {view.answer && (
              <Card withBorder>
                <Title order={3} fz={16} mb="sm">
                  答复
                </Title>
                <Stack gap={6}>
                  <Fact label="结果">{view.answer.outcome === 'assisted' ? '予以协助' : '不予协助'}</Fact>
                  {view.answer.refusalGround && (
                    <Fact label="理由类别">{ASSISTANCE_REFUSAL_LABELS[view.answer.refusalGround]}</Fact>
                  )}
                  <Fact label="答复日期">{formatDate(view.answer.answeredOn)}</Fact>
                  <Fact label="内容">{view.answer.text}</Fact>
                </Stack>
              </Card>
            )}
          </>
        ),
        aside: (
          <>
            <SourceQuote source="涪陵府办〔2024〕1号 二(二)">{ASSISTANCE_RULE_QUOTE}</SourceQuote>
            <Text size="sm" c="dimmed">
              答复期限：{view.rule}
            </Text>
            <Card withBorder>
              <Title order={3} fz={16} mb="sm">
                记录
              </Title>
              <Timeline bulletSize={10} lineWidth={1}>
                {view.history.map((entry, index) => (
                  <Timeline.Item key={index} title={entry.summary}>
                    <Text size="xs" c="dimmed">
                      {formatInstant(entry.at)} · {entry.actor}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </>
        ),
      })}
    />
  );
}
