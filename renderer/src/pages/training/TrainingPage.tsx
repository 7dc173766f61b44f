import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useOfficeYear, YearExport } from '../stats/YearExport';
import { LoadState } from '../../components/LoadState';
import { formatDate } from '../../lib/format';
import { DateField } from '../../components/DateField';
import { useOfficeDate } from '../../lib/useOfficeNow';
import { PageHeader } from '../../components/PageHeader';

function AddTraining({ people }: { people: Array<{ staffId: number; name: string }> }) {
  const [staffId, setStaffId] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useOfficeDate();
  const [subject, setSubject] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [organiser, setOrganiser] = useState('');
  const add = useApiMutation('training.add', { success: { title: '已登记', message: '培训记录已保存。' } });
  async function submit() {
    const saved = await add.run({
      staffId: Number(staffId ?? 0),
      heldOn,
      subject,
      hours: typeof hours === 'number' ? hours : Number(hours || Number.NaN),
      organiser,
    });
    if (saved) {
      setSubject('');
      setHours('');
    }
  }
  return (
    <Card withBorder>
      <Title order={3} fz="md" mb="sm">
        登记培训
      </Title>
      <Group align="flex-end" wrap="wrap">
        <Select
          label="参训人员"
          w={140}
          data={people.map((p) => ({ value: String(p.staffId), label: p.name }))}
          value={staffId}
          onChange={setStaffId}
        />
        <DateField label="培训日期" w={170} value={heldOn} onChange={setHeldOn} />
        <TextInput label="培训内容" w={260} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
        <NumberInput label="学时" w={90} decimalScale={1} value={hours} onChange={setHours} />
        <TextInput label="组织单位" w={200} value={organiser} onChange={(e) => setOrganiser(e.currentTarget.value)} />
        <Button loading={add.pending} onClick={() => void submit()}>
          登记
        </Button>
      </Group>
    </Card>
  );
}

/** 培训学时: hours per person per year against 60 (灌政办〔2023〕32号 二(二)5). */
export function TrainingPage() {
  const [year, setYear] = useOfficeYear();
  const data = useApiQuery('training.year', { year });
  const remove = useApiMutation('training.remove', { success: { title: '已删除', message: '培训记录已删除。' } });
  return (
    <Stack>
      <PageHeader
        title="培训学时"
        description={data.data?.rule ?? ''}
        actions={<YearExport year={year} onChange={setYear} method="training.export" />}
      />
      <LoadState loading={data.loading} error={data.error} onRetry={data.reload}>
        {data.data && (
          <>
            <AddTraining people={data.data.people} />
            <Table striped withTableBorder fz="sm" aria-label="学时汇总">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th>执法证有效期至</Table.Th>
                  <Table.Th ta="right">培训次数</Table.Th>
                  <Table.Th ta="right">已完成学时</Table.Th>
                  <Table.Th>对照60学时</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.data.people.map((p) => (
                  <Table.Tr key={p.staffId}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.certValidTo ?? '—'}</Table.Td>
                    <Table.Td ta="right">{p.records}</Table.Td>
                    <Table.Td ta="right">{p.hours}</Table.Td>
                    <Table.Td>
                      {!p.enforcement ? (
                        <Text size="sm" c="dimmed">
                          非执法人员
                        </Text>
                      ) : p.missing === 0 ? (
                        <Badge color="green" variant="light">
                          已达标
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="light">
                          尚差 {p.missing} 学时
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={3} fz="md">
              培训记录
            </Title>
            <Table striped withTableBorder fz="sm" aria-label="培训记录">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>日期</Table.Th>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th>培训内容</Table.Th>
                  <Table.Th ta="right">学时</Table.Th>
                  <Table.Th>组织单位</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.data.records.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDate(r.heldOn)}</Table.Td>
                    <Table.Td>{r.staffName}</Table.Td>
                    <Table.Td>{r.subject}</Table.Td>
                    <Table.Td ta="right">{r.hours}</Table.Td>
                    <Table.Td>{r.organiser}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void remove.run({ id: r.id })}
                      >
                        删除
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </LoadState>
    </Stack>
  );
}
