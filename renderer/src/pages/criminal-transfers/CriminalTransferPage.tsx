import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import {
  CRIMINAL_STATE_LABELS,
  NO_PENALTY_INSTEAD,
  POLICE_ANSWER_LABELS,
  type CriminalAction,
  type CriminalTransferView,
} from '../../../../shared/contract/criminal-transfers';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatInstant } from '../../lib/format';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import {
  CriminalReceiptStep,
  CriminalSendStep,
  DecideStep,
  PoliceAnswerStep,
  ReconsiderationAnswerStep,
  ReconsiderStep,
  ReturnStep,
  SupervisionStep,
} from './criminalSteps';
import { DeadlineNotice, Fact } from '../transfers/parts';

const ACTION_LABELS: Record<CriminalAction, string> = {
  decide: '负责人审批',
  send: '移送公安机关',
  receipt: '登记回执',
  answer: '登记公安机关决定',
  reconsider: '提请复议',
  'reconsideration-answer': '登记复议决定',
  supervision: '建议检察院立案监督',
  return: '回到行政处理',
};

const STEP_TITLES = {
  approval: '负责人审批期限',
  send: '移送期限',
  'police-review': '公安机关审查期限',
  reconsider: '提请复议期限',
  'police-reconsideration': '公安机关复议期限',
  supervision: '建议立案监督期限',
} as const;

function Timeline({ view }: { view: CriminalTransferView }) {
  const rows: Array<[string, string]> = [
    ['专案组书面报告', `${formatDate(view.reportedOn)}（${view.members.map((m) => m.name).join('、')}）`],
  ];
  if (view.decision)
    rows.push([
      view.decision.approved ? '负责人批准' : '负责人不批准',
      `${formatInstant(view.decision.at)} ${view.decision.by}${view.decision.late ? '（逾期）' : ''}`,
    ]);
  if (view.sent) rows.push(['移送', `${formatInstant(view.sent.at)}${view.sent.late ? '（超过24小时）' : ''}`]);
  if (view.receipt) rows.push(['回执签字', `${formatInstant(view.receipt.at)} ${view.receipt.signedBy}`]);
  if (view.answer)
    rows.push([`公安机关${POLICE_ANSWER_LABELS[view.answer.outcome]}`, formatDate(view.answer.answeredOn)]);
  if (view.reconsideration) rows.push(['提请复议', formatDate(view.reconsideration.on)]);
  if (view.reconsideration?.answer)
    rows.push([
      `复议决定：${POLICE_ANSWER_LABELS[view.reconsideration.answer.outcome]}`,
      formatDate(view.reconsideration.answer.answeredOn),
    ]);
  if (view.supervision) rows.push(['建议立案监督', formatDate(view.supervision.on)]);
  if (view.returned) rows.push(['回到行政处理', formatDate(view.returned.on)]);
  return (
    <Card withBorder>
      <Title order={3} fz={16} mb="sm">
        办理经过
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** #/transfers/criminal/:id — a suspected crime sent to the police (国务院令第310号), step by step. */
export function CriminalTransferPage() {
  const id = Number(useParams()['id']);
  const transfer = useApiQuery('transfers.criminal.get', { id });
  const staff = useApiQuery('staff.list', {});
  const orgs = useApiQuery('orgs.list', {});
  const now = useOfficeNow();
  const [open, setOpen] = useState<CriminalAction | null>(null);
  const view = transfer.data;
  const done = () => {
    setOpen(null);
    transfer.reload();
  };
  const stepProps =
    view && now ? { view, today: now.today, time: now.time, onDone: done, onCancel: () => setOpen(null) } : null;

  return (
    <LoadState loading={transfer.loading && !view} error={transfer.error} onRetry={transfer.reload}>
      {view && (
        <>
          <PageHeader
            title={`涉嫌犯罪案件移送：${view.police.name}`}
            description={`涉嫌${view.suspectedCrime}`}
            actions={
              <Badge variant="light" radius="sm" data-state={view.state}>
                {CRIMINAL_STATE_LABELS[view.state]}
              </Badge>
            }
          />
          <Anchor component={Link} to={`/cases/${view.caseId}`} size="sm" mb="md" display="block">
            案件 {view.caseNumber} {view.cause}（当事人：{view.partyName}）
          </Anchor>
          <Grid>
            <Grid.Col span={8}>
              <Stack gap="md">
                <Alert color="grape" title="不得以罚代刑">
                  {NO_PENALTY_INSTEAD}
                </Alert>
                {view.deadlines.map((deadline) => (
                  <DeadlineNotice key={deadline.step} deadline={deadline.view} title={STEP_TITLES[deadline.step]} />
                ))}
                <Text size="sm">{view.guidance}</Text>
                {view.answer?.outcome === 'not-filed' && (
                  <Alert color="red" title={`${view.police.name}不予立案`}>
                    理由：{view.answer.reason}
                  </Alert>
                )}
                {view.actions.length > 0 && (
                  <Group gap="sm" aria-label="下一步">
                    {view.actions.map((action) => (
                      <Button
                        key={action}
                        variant={open === action ? 'light' : action === 'return' ? 'default' : 'filled'}
                        onClick={() => setOpen(action)}
                      >
                        {ACTION_LABELS[action]}
                      </Button>
                    ))}
                  </Group>
                )}
                {stepProps && open === 'decide' && <DecideStep {...stepProps} staff={staff.data ?? []} />}
                {stepProps && open === 'send' && <CriminalSendStep {...stepProps} />}
                {stepProps && open === 'receipt' && <CriminalReceiptStep {...stepProps} />}
                {stepProps && open === 'answer' && <PoliceAnswerStep {...stepProps} />}
                {stepProps && open === 'reconsider' && <ReconsiderStep {...stepProps} />}
                {stepProps && open === 'reconsideration-answer' && <ReconsiderationAnswerStep {...stepProps} />}
                {stepProps && open === 'supervision' && <SupervisionStep {...stepProps} orgs={orgs.data ?? []} />}
                {stepProps && open === 'return' && <ReturnStep {...stepProps} />}
                {view.decision?.approved && (
                  <Group gap="sm" aria-label="移送文书">
                    <IssuePaperButton
                      kind="criminal-transfer-letter"
                      id={view.id}
                      label="出具涉嫌犯罪案件移送书（附回执）"
                    />
                  </Group>
                )}
                <CaseDocumentsPanel caseId={view.caseId} />
                <Card withBorder>
                  <Stack gap="xs">
                    <Fact label="涉嫌犯罪的事实">{view.facts}</Fact>
                    <Fact label="涉嫌犯罪的依据">{view.crimeBasis}</Fact>
                    {view.measures && <Fact label="已采取的措施">{view.measures}</Fact>}
                    {view.penaltiesBefore && <Fact label="移送前已作出的行政处罚">{view.penaltiesBefore}</Fact>}
                    <Fact label="移送材料（第六条）">
                      {view.materials
                        .map((m) => `${m.label}：${m.present ? '已备齐' : m.note ? `未附（${m.note}）` : '未附'}`)
                        .join('；')}
                    </Fact>
                  </Stack>
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <Timeline view={view} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}
