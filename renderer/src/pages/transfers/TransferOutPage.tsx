import { useState } from 'react';
import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TransferOutAction, TransferOutView } from '../../../../shared/contract';
import {
  JUDICIAL_REFUSAL_REMEDY,
  JUDICIAL_REFUSAL_SOURCE,
  TRANSFER_TARGET_LABELS,
} from '../../../../shared/contract/transfers';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { OutDetails, OutTimeline } from './OutRecord';
import { AnswerStep, ApproveStep, DecisionStep, EscalateStep, ReceiptStep, SendStep, WithdrawStep } from './outSteps';
import { DeadlineNotice, OutStateBadge } from './parts';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { IssuePaperButton } from '../documents/IssuePaperButton';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';

const ACTION_LABELS: Record<TransferOutAction, string> = {
  approve: '负责人批准',
  send: '移送',
  receipt: '登记送达回证',
  answer: '登记书面答复',
  escalate: '报请决定管辖',
  decide: '登记政府决定',
  edit: '修改',
  withdraw: '撤回',
};

function deadlineTitle(view: TransferOutView): string {
  return view.state === 'received' ? `等待${view.receiver.name}书面答复` : '移送期限';
}

/** #/transfers/out/:id — one transfer, its deadline, and the next step. */
export function TransferOutPage() {
  const id = Number(useParams()['id']);
  const transfer = useApiQuery('transfers.out.get', { id });
  const staff = useApiQuery('staff.list', {});
  const orgs = useApiQuery('orgs.list', {});
  const now = useOfficeNow();
  const [open, setOpen] = useState<TransferOutAction | null>(null);
  const view = transfer.data;
  const close = () => setOpen(null);
  const stepProps = view && now ? { view, today: now.today, time: now.time, onDone: close, onCancel: close } : null;

  return (
    <LoadState loading={transfer.loading && !view} error={transfer.error} onRetry={transfer.reload}>
      {view && (
        <>
          <PageHeader
            title={`移送${view.receiver.name}`}
            description={`${TRANSFER_TARGET_LABELS[view.target]}`}
            actions={<OutStateBadge state={view.state} target={view.target} />}
          />
          <Anchor component={Link} to={`/cases/${view.caseId}`} size="sm" mb="md" display="block">
            案件 {view.caseNumber} {view.cause}（当事人：{view.partyName}）
          </Anchor>
          <Grid>
            <Grid.Col span={8}>
              <Stack gap="md">
                {view.deadline && <DeadlineNotice deadline={view.deadline} title={deadlineTitle(view)} />}
                {view.state === 'refused' && view.target === 'judicial' && (
                  <Alert color="red" title={`${view.receiver.name}不予立案`}>
                    <Stack gap="xs">
                      {view.answer?.reason && <Text size="sm">理由：{view.answer.reason}</Text>}
                      {/* Not from the seeds: 国务院令第310号 第九条 (see JUDICIAL_REFUSAL_SOURCE). */}
                      <Text size="sm">
                        {JUDICIAL_REFUSAL_REMEDY}（{JUDICIAL_REFUSAL_SOURCE}）。
                      </Text>
                    </Stack>
                  </Alert>
                )}
                {view.state === 'refused' && view.target !== 'judicial' && (
                  <Alert color="red" title={`${view.receiver.name}不予受理`}>
                    <Stack gap="xs">
                      <Text size="sm">本案不再移送其他单位：{view.dispute.steps.join('；')}。</Text>
                      <Text size="xs" c="dimmed">
                        依据：{view.dispute.rule}
                      </Text>
                    </Stack>
                  </Alert>
                )}
                {view.actions.length > 0 && (
                  <Group gap="sm" aria-label="下一步">
                    {view.actions.map((action) =>
                      action === 'edit' ? (
                        <Button key={action} variant="default" component={Link} to={`/transfers/out/${view.id}/edit`}>
                          {ACTION_LABELS[action]}
                        </Button>
                      ) : (
                        <Button
                          key={action}
                          variant={action === 'withdraw' ? 'subtle' : open === action ? 'light' : 'filled'}
                          color={action === 'withdraw' ? 'gray' : action === 'escalate' ? 'orange' : undefined}
                          onClick={() => setOpen(action)}
                        >
                          {ACTION_LABELS[action]}
                        </Button>
                      ),
                    )}
                  </Group>
                )}
                {stepProps && open === 'approve' && <ApproveStep {...stepProps} staff={staff.data ?? []} />}
                {stepProps && open === 'send' && <SendStep {...stepProps} />}
                {stepProps && open === 'receipt' && <ReceiptStep {...stepProps} />}
                {stepProps && open === 'answer' && <AnswerStep {...stepProps} />}
                {stepProps && open === 'escalate' && <EscalateStep {...stepProps} orgs={orgs.data ?? []} />}
                {stepProps && open === 'decide' && <DecisionStep {...stepProps} />}
                {stepProps && open === 'withdraw' && <WithdrawStep {...stepProps} />}
                {view.state !== 'withdrawn' && (
                  <Group gap="sm" aria-label="移送文书">
                    <IssuePaperButton kind="transfer-letter" id={view.id} label="出具案件移送函" />
                    {view.sent?.letterNumber && !view.issuedLetterNumber && (
                      // One letter, one number: the letter went out under a number of its own; the
                      // paper issued here for the file bears it and its date, and takes no new one.
                      <Text size="sm" c="dimmed">
                        已按移送函“{view.sent.letterNumber}”移送：在此出具的移送函沿用该文号和落款日期，不另编号。
                      </Text>
                    )}
                    {view.items.length > 0 && (
                      <IssuePaperButton kind="item-list" id={view.id} label="出具涉案物品清单" />
                    )}
                  </Group>
                )}
                <CaseDocumentsPanel caseId={view.caseId} />
                <OutDetails view={view} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <OutTimeline view={view} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}
