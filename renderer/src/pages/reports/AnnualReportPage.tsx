import { useState } from 'react';
import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import type { AnnualReport, ReportFigure } from '../../../../shared/contract';
import { formatFenAsYuan } from '../../../../shared/money';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { saveFile } from '../documents/fileActions';
import { FigureRecordsDrawer, type OpenedFigure } from '../../components/FigureRecords';

type Opened = OpenedFigure;

/** A figure: the number is a link to the list of the records it counts. */
function Figure({
  figure,
  open,
}: {
  figure: Pick<ReportFigure, 'label' | 'value' | 'records'>;
  open: (o: Opened) => void;
}) {
  return (
    <Anchor
      component="button"
      type="button"
      fw={600}
      onClick={() => open({ title: figure.label, records: figure.records })}
      aria-label={`${figure.label}：${figure.value}，查看所统计的记录`}
    >
      {figure.value}
    </Anchor>
  );
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

function FigureTable({
  rows,
  open,
  first = '项目',
  unit = '件数',
}: {
  rows: Array<Pick<ReportFigure, 'label' | 'value' | 'records'>>;
  open: (o: Opened) => void;
  first?: string;
  unit?: string;
}) {
  return (
    <Table withTableBorder verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          <Table.Th w={120} ta="right">
            {unit}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td ta="right">
              <Figure figure={row} open={open} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ReportBody({ report, open }: { report: AnnualReport; open: (o: Opened) => void }) {
  const m = report.money;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Title order={3} fz={16} mb="xs">
            行政处罚决定（按种类）
          </Title>
          <FigureTable first="处罚种类" rows={[...report.penalties, report.penaltyTotal]} open={open} />
          <Text size="xs" c="dimmed" mt="xs">
            {report.rankRule}
          </Text>
        </Card>
        <Stack gap="lg">
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              罚没金额
            </Title>
            <Table withTableBorder verticalSpacing={6}>
              <Table.Tbody>
                {[
                  ['罚款', m.fineFen],
                  ['没收违法所得', m.gainsFen],
                  ['没收非法财物（价值）', m.propertyFen],
                ].map(([label, fen]) => (
                  <Table.Tr key={label}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td ta="right">{formatFenAsYuan(Number(fen))} 元</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td fw={600}>合计</Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      onClick={() => open({ title: '罚没金额', records: m.records })}
                      aria-label="罚没金额合计，查看所统计的决定"
                    >
                      {(m.totalFen / 1_000_000).toFixed(4)} 万元
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatFenAsYuan(m.totalFen)} 元
                    </Text>
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              法制审核
            </Title>
            <FigureTable rows={[report.reviewed, report.corrected, ...report.opinions]} open={open} />
            <Text size="sm" mt="xs">
              纠错率 {percent(report.corrected.value, report.reviewed.value)}（意见2至5 ÷ 审核数）
            </Text>
          </Card>
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              涉嫌犯罪移送
            </Title>
            <FigureTable rows={[report.crimeTransferred, report.crimeAccepted]} open={open} />
          </Card>
          <Card withBorder>
            <Title order={3} fz={16} mb="xs">
              执法人员持证率
            </Title>
            <FigureTable rows={[report.enforcementStaff, report.certified]} open={open} unit="人数" />
            <Text size="sm" mt="xs">
              截至 {report.asOf}，持证率 {percent(report.certified.value, report.enforcementStaff.value)}
            </Text>
          </Card>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

/** #/reports/annual — 行政执法统计年报: every figure from the records, a click from each to its list. */
export function AnnualReportPage() {
  const now = useOfficeNow();
  const thisYear = now ? Number(now.today.slice(0, 4)) : null;
  // In January the report due is last year's (published by 31 January).
  const defaultYear = now && thisYear !== null ? (now.today.slice(5, 7) === '01' ? thisYear - 1 : thisYear) : null;
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? defaultYear;
  const report = useApiQuery('reports.annual', { year: year ?? 2000 }, { enabled: year !== null });
  const [opened, setOpened] = useState<Opened | null>(null);
  const [saving, setSaving] = useState<'xlsx' | 'docx' | null>(null);

  async function download(format: 'xlsx' | 'docx') {
    if (year === null) return;
    setSaving(format);
    try {
      saveFile(await api('reports.annualFile', { year, format }));
    } catch (error) {
      notifications.show({ color: 'red', title: '导出失败', message: errorMessage(error) });
    } finally {
      setSaving(null);
    }
  }

  const years = thisYear === null ? [] : Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeader
        title="行政执法统计年报"
        description="按本机关登记的记录统计，不手工填写。每年1月31日前公开上年度行政执法总体情况数据（国办发〔2018〕118号）。点击数字查看所统计的记录。"
        actions={
          <Group gap="sm">
            <Select
              aria-label="年度"
              w={120}
              data={years.map((y) => ({ value: y, label: `${y}年度` }))}
              value={year === null ? null : String(year)}
              onChange={(value) => value && setPicked(Number(value))}
              allowDeselect={false}
            />
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={saving === 'xlsx'}
              onClick={() => void download('xlsx')}
            >
              导出 Excel
            </Button>
            <Button
              leftSection={<IconFileText size={16} />}
              loading={saving === 'docx'}
              onClick={() => void download('docx')}
            >
              导出年报（Word）
            </Button>
          </Group>
        }
      />
      <LoadState loading={report.loading && !report.data} error={report.error} onRetry={report.reload}>
        {report.data && <ReportBody report={report.data} open={setOpened} />}
      </LoadState>
      <FigureRecordsDrawer opened={opened} onClose={() => setOpened(null)} />
    </>
  );
}
