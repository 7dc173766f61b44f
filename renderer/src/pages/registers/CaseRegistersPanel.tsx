import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { REGISTER_LABELS } from '../../../../shared/contract/registers';
import { useApiQuery } from '../../api/useApi';
import { DeadlineBadge } from '../transfers/parts';

/** On a case's page: its records in the township desk's registers, each linking to its page. */
export function CaseRegistersPanel({ caseId }: { caseId: number }) {
  const links = useApiQuery('registers.forCase', { caseId });
  const rows = links.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Card withBorder component="section" aria-label="协作登记">
      <Title order={3} fz={16} mb="sm">
        协作登记
      </Title>
      <Stack gap="xs">
        {rows.map((row) => (
          <Group key={`${row.register}-${row.id}`} justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Badge variant="outline" radius="sm">
                {REGISTER_LABELS[row.register]}
              </Badge>
              <Anchor component={Link} to={row.link} lineClamp={1}>
                {row.title}
              </Anchor>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {row.state}
              </Text>
              <DeadlineBadge deadline={row.deadline} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
