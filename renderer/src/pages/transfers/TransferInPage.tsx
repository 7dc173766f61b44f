import { useState } from 'react';
import { Anchor, Button, Card, Grid, Group, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TransferInAction } from '../../../../shared/contract';
import { IN_ANSWER_LABELS, IN_DECISION_LABELS } from '../../../../shared/contract/transfers';
import { useApiQuery } from '../../api/useApi';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatInstant } from '../../lib/format';
import { AcknowledgeStep, InAnswerStep, InDecisionStep, LinkCaseStep } from './inSteps';
import { DeadlineNotice, Fact, InStateBadge } from './parts';
import { useOfficeNow } from '../../lib/useOfficeNow';

const ACTION_LABELS: Record<TransferInAction, string> = {
  acknowledge: '出具送达回证',
  answer: '书面告知受理情况',
  'link-case': '关联本单位案件',
  decide: '登记政府决定',
};

/** #/transfers/in/:id — a transfer we received, the answer we owe, and the next step. */
export function TransferInPage() {
  const id = Number(useParams()['id']);
  const transfer = useApiQuery('transfers.in.get', { id });
  const staff = useApiQuery('staff.list', {});
  const orgs = useApiQuery('orgs.list', {});
  const now = useOfficeNow();
  const [open, setOpen] = useState<TransferInAction | null>(null);
  const view = transfer.data;
  const close = () => setOpen(null);
  const props = view && now ? { view, today: now.today, time: now.time, onDone: close, onCancel: close } : null;
  return (
    <LoadState loading={transfer.loading && !view} error={transfer.error} onRetry={transfer.reload}>
      {view && (
        <>
          <PageHeader
            title={`${view.from.name}移送：${view.cause}`}
            description={view.letterNumber ? `移送函 ${view.letterNumber}` : '接收的移送'}
            actions={<InStateBadge state={view.state} />}
          />
          <Grid>
            <Grid.Col span={8}>
              <Stack gap="md">
                {view.deadline && <DeadlineNotice deadline={view.deadline} title="本单位应书面告知受理情况" />}
                {view.actions.length > 0 && (
                  <Group gap="sm" aria-label="下一步">
                    {view.actions.map((action) => (
                      <Button
                        key={action}
                        variant={open === action ? 'light' : 'filled'}
                        onClick={() => setOpen(action)}
                      >
                        {ACTION_LABELS[action]}
                      </Button>
                    ))}
                  </Group>
                )}
                {props && open === 'acknowledge' && <AcknowledgeStep {...props} staff={staff.data ?? []} />}
                {props && open === 'answer' && <InAnswerStep {...props} orgs={orgs.data ?? []} />}
                {props && open === 'link-case' && <LinkCaseStep {...props} />}
                {props && open === 'decide' && <InDecisionStep {...props} />}
                {view.answer && (
                  <Group gap="sm" aria-label="告知文书">
                    <IssuePaperButton kind="acceptance-notice" id={view.id} label="出具受理情况告知书" />
                  </Group>
                )}
                <CaseDocumentsPanel source={{ kind: 'acceptance-notice', id: view.id }} />
                <Card withBorder>
                  <Title order={3} fz={16} mb="sm">
                    移送内容
                  </Title>
                  <Stack gap={6}>
                    <Fact label="移送单位">{view.from.name}</Fact>
                    <Fact label="移送函">
                      {[view.letterNumber, view.letterDate && `${formatDate(view.letterDate)}落款`]
                        .filter(Boolean)
                        .join('，') || '—'}
                    </Fact>
                    <Fact label="当事人">{view.partyName || '—'}</Fact>
                    <Fact label="违法线索与事实">{view.summary}</Fact>
                    <Fact label="材料和物品">{view.materials || '—'}</Fact>
                    <Fact label="收到">{formatInstant(view.receivedAt)}</Fact>
                    <Fact label="答复期限">{view.answerRule}</Fact>
                    <Fact label="适用规则">{`${view.profile.name}（第 ${view.profile.version} 版）`}</Fact>
                  </Stack>
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <Card withBorder>
                <Title order={3} fz={16} mb="sm">
                  办理情况
                </Title>
                <Stack gap={6}>
                  <Fact label="送达回证">
                    {view.receipt ? `${view.receipt.signedBy} · ${formatInstant(view.receipt.signedAt)}` : '尚未出具'}
                  </Fact>
                  <Fact label="答复">
                    {view.answer
                      ? `${IN_ANSWER_LABELS[view.answer.outcome]} · ${formatDate(view.answer.answeredOn)}${view.answer.reason ? `：${view.answer.reason}` : ''}`
                      : '尚未答复'}
                  </Fact>
                  {view.escalatedTo && <Fact label="报请">{view.escalatedTo.name}</Fact>}
                  {view.decision && (
                    <Fact label="政府决定">{`${IN_DECISION_LABELS[view.decision.outcome]} · ${formatDate(view.decision.on)}：${view.decision.note}`}</Fact>
                  )}
                  <Fact label="本单位案件">
                    {view.linkedCase ? (
                      <Anchor component={Link} to={`/cases/${view.linkedCase.id}`}>
                        {view.linkedCase.caseNumber}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Fact>
                </Stack>
              </Card>
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}
