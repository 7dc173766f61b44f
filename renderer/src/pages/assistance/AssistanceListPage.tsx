import { useState } from 'react';
import { Badge, Text } from '@mantine/core';
import type { AssistanceSummary } from '../../../../shared/contract';
import {
  ASSISTANCE_DIRECTION_LABELS,
  ASSISTANCE_STATE_LABELS,
  type AssistanceDirection,
} from '../../../../shared/contract/assistance';
import { useApiQuery } from '../../api/useApi';
import { ChoiceFilter, RecordLink, RegisterListPage, type Scope } from '../../components/RegisterList';
import { formatDate } from '../../lib/format';
import { DeadlineBadge } from '../transfers/parts';
import { RegisterTabs } from '../registers/RegisterTabs';

/** #/registers/assistance — 执法协助 both ways, the most recent first, with the answer deadline. */
export function AssistanceListPage() {
  const [scope, setScope] = useState<Scope>('open');
  const [direction, setDirection] = useState<AssistanceDirection | null>(null);
  const [search, setSearch] = useState('');
  const list = useApiQuery('assistance.list', { scope, direction, search: search.trim() });
  return (
    <RegisterListPage<AssistanceSummary>
      title="执法协助"
      description="本单位请求其他机关协助，以及其他机关请求本单位协助的登记（涪陵府办〔2024〕1号 二(二)）。"
      create={{ to: '/registers/assistance/new', label: '登记协助请求' }}
      tabs={<RegisterTabs />}
      scope={{ value: scope, onChange: setScope, openLabel: '待答复' }}
      filters={
        <ChoiceFilter
          label="方向"
          value={direction}
          onChange={setDirection}
          allLabel="全部方向"
          choices={[
            { value: 'out', label: '本单位请求' },
            { value: 'in', label: '其他机关请求' },
          ]}
        />
      }
      search={{ value: search, onChange: setSearch, placeholder: '搜索机关、案件、事项、文号' }}
      query={list}
      table={{
        label: '执法协助',
        empty: '没有符合条件的协助记录',
        columns: [
          {
            header: '案件',
            cell: (row) => (
              <RecordLink to={`/registers/assistance/${row.id}`} title={row.caseTitle} detail={row.needed} />
            ),
          },
          {
            header: '对方机关',
            cell: (row) => (
              <>
                {row.counterpart}
                <Text size="xs" c="dimmed">
                  {ASSISTANCE_DIRECTION_LABELS[row.direction]}
                </Text>
              </>
            ),
          },
          { header: '请求日期', cell: (row) => formatDate(row.requestedOn) },
          {
            header: '状态',
            cell: (row) => (
              <Badge
                variant="light"
                radius="sm"
                color={row.state === 'open' ? 'blue' : row.state === 'refused' ? 'orange' : 'green'}
              >
                {ASSISTANCE_STATE_LABELS[row.state]}
              </Badge>
            ),
          },
          { header: '期限', cell: (row) => <DeadlineBadge deadline={row.deadline} /> },
        ],
      }}
    />
  );
}
