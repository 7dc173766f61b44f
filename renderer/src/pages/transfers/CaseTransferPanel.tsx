import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseRecord } from '../../../../shared/contract';
import { TRANSFER_TARGET_LABELS } from '../../../../shared/contract/transfers';
import { CRIMINAL_STATE_LABELS } from '../../../../shared/contract/criminal-transfers';
import { useApiQuery } from '../../api/useApi';
import { DeadlineBadge, InStateBadge, OutStateBadge } from './parts';

/**
 * The transfer part of a case's page: its transfers out and in, and the button to transfer it —
 * prominent when review sent it to transfer, quieter when the handler finds it is not ours.
 */
export function CaseTransferPanel({ record }: { record: CaseRecord }) {
  // When the case moves on (review sends it to transfer), the invalidation table reloads this too.
  const data = useApiQuery('transfers.forCase', { caseId: record.id });
  const info = data.data;
  if (!info) return null;
  const { out, draft, criminal, criminalDraft } = info;
  const toTransfer = record.status === 'to-transfer';
  const canStart = draft.blocked === null;
  // A suspected crime goes to the police whatever the case's origin, even one received by transfer.
  const canReport = criminalDraft.blocked === null;
  const crimeOpinion = toTransfer && criminalDraft.review !== null;
  if (out.length === 0 && info.in.length === 0 && criminal.length === 0 && !toTransfer && !canStart && !canReport)
    return null;

  return (
    <Card withBorder aria-label="案件移送">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz={16}>
          案件移送
        </Title>
        <Group gap="xs">
          {canStart && !toTransfer && (
            <Button variant="default" size="xs" component={Link} to={`/transfers/out/new/${record.id}`}>
              不属于本机关管辖，移送
            </Button>
          )}
          {canReport && !crimeOpinion && (
            <Button variant="default" size="xs" component={Link} to={`/transfers/criminal/new/${record.id}`}>
              涉嫌犯罪，移送公安机关
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap="sm">
        {crimeOpinion && canReport && (
          <Alert color="grape" title="法制审核意见5：移送司法机关（涉嫌犯罪）">
            <Group justify="space-between" wrap="nowrap" align="flex-end">
              <Stack gap={4}>
                <Text size="sm">{criminalDraft.rules[0]?.rule}。</Text>
                <Text size="sm">{criminalDraft.noPenaltyInstead}</Text>
              </Stack>
              <Button component={Link} to={`/transfers/criminal/new/${record.id}`}>
                移送公安机关
              </Button>
            </Group>
          </Alert>
        )}
        {criminal.map((transfer) => (
          <Group key={`criminal-${transfer.id}`} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Anchor component={Link} to={`/transfers/criminal/${transfer.id}`} fw={600} size="sm">
                涉嫌犯罪案件移送：{transfer.police.name}
              </Anchor>
              {transfer.deadlines[0] && (
                <Text size="xs" c="dimmed">
                  {transfer.deadlines[0].view.text}
                </Text>
              )}
            </Stack>
            <Badge variant="light" radius="sm">
              {CRIMINAL_STATE_LABELS[transfer.state]}
            </Badge>
          </Group>
        ))}
        {canStart && !toTransfer && out.length === 0 && (
          <Text size="xs" c="dimmed">
            发现违法行为不属于本机关管辖的，应当移送有管辖权的一方处理（{draft.sendRule}）；涉嫌犯罪的，移送公安机关。
          </Text>
        )}
        {toTransfer && draft.review && draft.review.opinion === 4 && canStart && (
          <Alert color="grape" title={`法制审核意见${draft.review.opinion}：移送有管辖权的机关`}>
            <Group justify="space-between" wrap="nowrap" align="flex-end">
              <Stack gap={4}>
                {draft.sendDeadline && (
                  <Group gap="xs" wrap="nowrap">
                    <DeadlineBadge deadline={draft.sendDeadline} />
                    <Text
                      size="sm"
                      c={draft.sendDeadline.level === 'danger' ? 'red.8' : undefined}
                      data-testid="case-transfer-deadline"
                    >
                      {draft.sendDeadline.text}
                    </Text>
                  </Group>
                )}
                {draft.sendDeadline?.unknownYear && (
                  <Anchor component={Link} to="/settings/calendar" size="sm">
                    请在“设置 › 节假日安排”中载入 {draft.sendDeadline.unknownYear} 年的安排
                  </Anchor>
                )}
                <Text size="sm">依据：{draft.sendRule}。期限自审核意见作出之日起算。</Text>
              </Stack>
              <Button component={Link} to={`/transfers/out/new/${record.id}`}>
                移送
              </Button>
            </Group>
          </Alert>
        )}
        {draft.blocked &&
          !crimeOpinion &&
          (out.some((t) => t.state === 'refused' || t.state === 'escalated') || info.in.length > 0) && (
            <Text size="sm" c="dimmed">
              {draft.blocked}
            </Text>
          )}
        {out.map((transfer) => (
          <Group key={transfer.id} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Anchor component={Link} to={`/transfers/out/${transfer.id}`} fw={600} size="sm">
                {TRANSFER_TARGET_LABELS[transfer.target]}：{transfer.receiver.name}
              </Anchor>
              {transfer.deadline && (
                <Text size="xs" c="dimmed">
                  {transfer.deadline.text}
                </Text>
              )}
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <DeadlineBadge deadline={transfer.deadline} />
              <OutStateBadge state={transfer.state} target={transfer.target} />
            </Group>
          </Group>
        ))}
        {info.in.map((received) => (
          <Group key={received.id} justify="space-between">
            <Anchor component={Link} to={`/transfers/in/${received.id}`} size="sm">
              本案系{received.from.name}移送（{received.cause}）
            </Anchor>
            <InStateBadge state={received.state} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
