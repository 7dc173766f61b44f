import { Alert, Group, List, Stack, Text } from '@mantine/core';
import type { SupplementNoticeView } from '../../../../shared/contract';
import { formatDate, formatInstant } from '../../lib/format';
import { DeadlineBadge } from './badges';

/** The one notice to supplement of a round (补正材料通知书): every item, the deadline and its source. */
export function NoticeCard({ notice }: { notice: SupplementNoticeView }) {
  const color = { ok: 'blue', near: 'orange', past: 'red', unknown: 'orange', met: 'teal' }[notice.status.level];
  return (
    <Alert color={color} variant="light" title="补正材料通知（一次性告知）" data-testid="supplement-notice">
      <Stack gap={6}>
        <Group gap="xs">
          <DeadlineBadge status={notice.status} deadline={notice.deadline} />
          <Text size="sm">
            {notice.status.level === 'met' ? `期限 ${formatDate(notice.deadline)}` : notice.status.message}
          </Text>
        </Group>
        <List size="sm" type="ordered" spacing={2}>
          {notice.items.map((item, index) => (
            <List.Item key={`${item.name}-${index}`}>
              {item.name}
              {item.detail && (
                <Text span c="dimmed">
                  （{item.detail}）
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          {notice.issuedBy} 于 {formatInstant(notice.issuedAt)} 发出；补正期限为 {notice.workingDays} 个工作日（
          {notice.workingDaysSource}），至 {formatDate(notice.deadline)}。
        </Text>
        {notice.supplementedAt && (
          <Text size="xs" c="dimmed">
            {notice.supplementedBy} 于 {formatInstant(notice.supplementedAt)} 补正
            {notice.supplementNote ? `：${notice.supplementNote}` : ''}。
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
