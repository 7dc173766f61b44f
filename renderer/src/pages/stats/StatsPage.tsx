import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReportRecordRef, StatsTable } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { FigureRecordsDrawer, type OpenedFigure } from '../../components/FigureRecords';
import { YearPicker } from './YearPicker';
import { download } from './download';

const COLORS = ['seal.6', 'blue.6', 'teal.6', 'orange.6', 'grape.6', 'gray.6'];

type Open = (figure: OpenedFigure) => void;

/** "查看案件", or "查看记录" when a listed record is not a case (a transfer received and not taken on). */
function whatOpens(records: ReportRecordRef[]): string {
  return records.every((r) => r.kind === 'case') ? '查看案件' : '查看记录';
}

/**
 * One figure of a table: with records behind it, a button opening them (an average opens the records
 * it is computed over); a zero stays plain text.
 */
function FigureCell({
  year,
  table,
  rowLabel,
  column,
  value,
  records,
  open,
}: {
  year: number;
  table: StatsTable;
  rowLabel: string;
  column: StatsTable['columns'][number];
  value: number;
  records: ReportRecordRef[];
  open: Open;
}) {
  if (records.length === 0) return <>{value}</>;
  const figure = column.key === 'days' ? `平均 ${value} 天` : `${value} 件`;
  const name = `${year}年 ${table.title} ${rowLabel} ${column.label}`;
  return (
    <Anchor
      component="button"
      type="button"
      fz="sm"
      fw={600}
      aria-label={`${name} ${figure}：${whatOpens(records)}`}
      onClick={() => open({ title: `${name} ${figure}`, records })}
    >
      {value}
    </Anchor>
  );
}

function StatsCard({ table, year, open }: { table: StatsTable; year: number; open: Open }) {
  const data = table.rows.map((row) => ({ label: row.label, ...row.values }));
  const horizontal = table.rows.length > 0 && table.rows.some((row) => row.label.length > 8);
  return (
    <Card withBorder padding="md" data-testid={`stats-${table.key}`}>
      <Title order={3} fz="md" mb="xs">
        {table.title}
      </Title>
      <BarChart
        h={horizontal ? Math.max(180, table.rows.length * 36) : 220}
        data={data}
        dataKey="label"
        orientation={horizontal ? 'vertical' : 'horizontal'}
        yAxisProps={horizontal ? { width: 190 } : undefined}
        type={table.key === 'transfers' || table.key === 'deadlines' ? 'stacked' : 'default'}
        withLegend={table.columns.length > 1}
        series={table.columns
          .filter((c) => table.key !== 'stageDays' || c.key === 'days')
          .map((c, i) => ({ name: c.key, label: c.label, color: COLORS[i % COLORS.length] ?? 'blue.6' }))}
      />
      <Text size="xs" c="dimmed" mt="xs">
        {table.note}
      </Text>
      <Table striped withTableBorder mt="sm" fz="sm" aria-label={`${table.title}（表格）`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>项目</Table.Th>
            {table.columns.map((c) => (
              <Table.Th key={c.key} ta="right">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              {table.columns.map((c) => (
                <Table.Td key={c.key} ta="right">
                  <FigureCell
                    year={year}
                    table={table}
                    rowLabel={row.label}
                    column={c}
                    value={row.values[c.key] ?? 0}
                    records={row.records[c.key] ?? []}
                    open={open}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** 统计: a year's figures from the records, each chart with its table, and the whole as XLSX. */
export function StatsPage() {
  // The office's year, not this computer's clock (which may be set to another day).
  const now = useOfficeNow();
  const [picked, setPicked] = useState<number | null>(null);
  const officeYear = now ? Number(now.today.slice(0, 4)) : null;
  const year = picked ?? officeYear ?? new Date().getFullYear();
  const stats = useApiQuery('stats.year', { year }, { enabled: picked !== null || officeYear !== null });
  const [opened, setOpened] = useState<OpenedFigure | null>(null);
  return (
    <Stack>
      <PageHeader
        title="执法统计"
        description="按年度统计法制审核、补正、移送、期限和各环节用时；数字均由案件记录计算，点击数字查看所统计的案件。"
        actions={
          <Group align="flex-end">
            <YearPicker year={year} years={stats.data?.years} onChange={setPicked} />
            <Button
              leftSection={<IconDownload size={16} />}
              variant="light"
              onClick={() => void download('stats.export', { year })}
            >
              导出 Excel
            </Button>
          </Group>
        }
      />
      <LoadState loading={stats.loading} error={stats.error} onRetry={stats.reload}>
        {stats.data && (
          <>
            <Card withBorder padding="md">
              <Text>
                法制审核纠错率（意见2至5 ÷ 全部审核意见）：
                {stats.data.correctionRate === null ? (
                  <Text span fw={700} data-testid="correction-rate">
                    本年尚无签署的审核意见
                  </Text>
                ) : (
                  <Anchor
                    component="button"
                    type="button"
                    fw={700}
                    data-testid="correction-rate"
                    aria-label={`${stats.data.year}年 法制审核纠错率 ${stats.data.correctionRate}%：查看所计算的 ${stats.data.correctionRecords.length} 件审核意见`}
                    onClick={() =>
                      stats.data &&
                      setOpened({
                        title: `${stats.data.year}年 法制审核纠错率 ${stats.data.correctionRate}%（所计算的审核意见）`,
                        records: stats.data.correctionRecords,
                      })
                    }
                  >
                    {stats.data.correctionRate}%
                  </Anchor>
                )}
              </Text>
            </Card>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {stats.data.tables.map((table) => (
                <StatsCard key={table.key} table={table} year={stats.data?.year ?? year} open={setOpened} />
              ))}
            </SimpleGrid>
          </>
        )}
      </LoadState>
      <FigureRecordsDrawer opened={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
