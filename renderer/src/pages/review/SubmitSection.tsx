import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { CaseRecord, CaseReviewState } from '../../../../shared/contract';
import { REVIEW_RULE_CITATION } from '../../../../shared/domain/review';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { loadDraft } from '../../lib/drafts';
import { SubmitForm, submitDraftKey } from './SubmitForm';

/**
 * Before submission: what the case's own data says about review (triggers 4, 6 and 7), and the way
 * into the submission form, which opens by itself when there is unsaved typing in it.
 */
export function SubmitSection({ record, state }: { record: CaseRecord; state: CaseReviewState }) {
  const key = submitDraftKey(record.id, state.rounds.length + 1);
  const [open, setOpen] = useState(() => loadDraft(key) !== null);
  const preview = useApiQuery('review.assessTriggers', { caseId: record.id, judgements: {} });
  if (open) return <SubmitForm record={record} state={state} onCancel={() => setOpen(false)} />;
  const fromData = preview.data?.triggers.filter((trigger) => trigger.basis === 'data') ?? [];
  const held = fromData.filter((trigger) => trigger.holds).map((trigger) => trigger.id);
  return (
    <Card withBorder component="section" aria-label="法制审核">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz={17}>
          法制审核
        </Title>
        <Badge variant="outline" color={held.length > 0 ? 'seal' : 'gray'} radius="sm">
          {held.length > 0 ? `应当审核（第${held.join('、')}项情形）` : '依案件数据，不属于应当审核的情形'}
        </Badge>
      </Group>
      <LoadState loading={preview.loading && !preview.data} error={preview.error}>
        <Stack gap={4}>
          {fromData.map((trigger) => (
            <Group
              key={trigger.id}
              gap="xs"
              wrap="nowrap"
              align="flex-start"
              data-testid={`trigger-${trigger.id}`}
              data-holds={trigger.holds}
            >
              <Badge
                size="sm"
                radius="sm"
                w={36}
                color={trigger.holds ? 'seal' : 'gray'}
                variant={trigger.holds ? 'filled' : 'light'}
              >
                {trigger.holds ? '是' : '否'}
              </Badge>
              <Text size="sm">
                第{trigger.id}项 {trigger.label}：{trigger.reason}
              </Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed" mt={4}>
            第1、2、3、5、8项（重大公共利益、社会风险、重大权益、疑难复杂、其他规定）由承办人在送审时判断并写明理由。依据：
            {REVIEW_RULE_CITATION}。
          </Text>
        </Stack>
      </LoadState>
      <Group justify="flex-end" mt="sm">
        <Button onClick={() => setOpen(true)}>
          {state.rounds.length > 0 ? `重新送审（第${state.rounds.length + 1}轮）…` : '送交法制审核…'}
        </Button>
      </Group>
    </Card>
  );
}
