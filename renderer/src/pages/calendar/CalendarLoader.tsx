// Loading a year the office typed from the State Council's notice: fill in the form (or, for those who
// prefer it, type or paste the text), preview, check every line against the notice, then confirm.
// Nothing counts before the confirmation. The form produces the same text the expert view shows, and
// both go through the same server checks (calendar.preview / calendar.load).

import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateField } from '../../components/DateField';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CalendarPreview } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';
import { YearPreview } from './YearPreview';
import { GatedButton } from '../../components/GatedButton';
import { useAdminReason } from '../../app/operatorStore';
import {
  type HolidayRow,
  type LoaderValues,
  EMPTY_ROW,
  HOLIDAY_NAMES,
  template,
  arrangementText,
  rowsOf,
  rowOfField,
} from './holidayRows';

export function CalendarLoader({ nextYear }: { nextYear: number }) {
  const adminReason = useAdminReason();
  const initial: LoaderValues = {
    mode: 'form',
    year: nextYear,
    source: '',
    rows: [{ ...EMPTY_ROW }],
    text: '',
    replaceBuiltIn: false,
  };
  const { form, restored, discardDraft, saved } = useDraftForm('calendar-year', initial);
  const [preview, setPreview] = useState<CalendarPreview | null>(null);
  const [problem, setProblem] = useState<{ message: string; row: number | null } | null>(null);
  const [checking, setChecking] = useState(false);
  const values = form.getValues();
  const inForm = values.mode !== 'text';
  const text = inForm ? arrangementText(values) : values.text;
  const load = useApiMutation('calendar.load', {
    success: { title: '已载入', message: (_years, input) => `${input.year} 年节假日安排已载入，此后的期限按其计算` },
    failure: (message) => setProblem({ message, row: null }),
  });
  const busy = checking || load.pending;

  function changed() {
    setPreview(null);
    setProblem(null);
  }

  function shown(error: unknown): { message: string; row: number | null } {
    const field = (error as { field?: string } | null)?.field;
    const message = errorMessage(error);
    return {
      message: inForm ? message.replace('节假日安排文件有误：', '节假日安排有误：') : message,
      row: inForm ? rowOfField(field, values.rows) : null,
    };
  }

  async function check() {
    setChecking(true);
    setPreview(null);
    try {
      setPreview(await api('calendar.preview', { text }));
      setProblem(null);
    } catch (error) {
      setProblem(shown(error));
    } finally {
      setChecking(false);
    }
  }

  async function confirm(year: number) {
    if (!(await load.run({ text, year, replaceBuiltIn: values.replaceBuiltIn }))) return;
    saved();
    form.setValues(initial);
    setPreview(null);
  }

  /** To the text: the form's content as text. Back to the form: the text as the server reads it. */
  async function switchMode(mode: 'form' | 'text') {
    changed();
    if (mode === 'text') {
      form.setValues({ mode, text: arrangementText(values) });
      return;
    }
    if (values.text.trim() === '') {
      form.setValues({ mode });
      return;
    }
    try {
      const read = await api('calendar.preview', { text: values.text });
      form.setValues({
        mode,
        year: read.arrangement.year,
        source: read.arrangement.source,
        rows: rowsOf(read.arrangement),
      });
    } catch (error) {
      setProblem({ message: `文本有误，无法转为表格：${errorMessage(error)}`, row: null });
    }
  }

  const rows = values.rows;
  const setRows = (next: HolidayRow[]) => {
    form.setFieldValue('rows', next);
    changed();
  };
  const setRow = (index: number, patch: Partial<HolidayRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Card withBorder>
      <Group justify="space-between" mb={4}>
        <Title order={3} fz={16}>
          载入新一年的节假日安排
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="填写方式"
          value={inForm ? 'form' : 'text'}
          onChange={(mode) => void switchMode(mode as 'form' | 'text')}
          data={[
            { value: 'form', label: '表格填写' },
            { value: 'text', label: '文本（熟练用户）' },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        本软件不联网。国务院办公厅每年公布次年的节假日安排后，请按通知逐项填写每个节日的放假起止日期和调休上班日，预览核对无误后确认载入。
      </Text>
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Stack gap="sm">
        {inForm ? (
          <Stack gap="sm" aria-label="节假日安排表格">
            <Group grow align="flex-start">
              <NumberInput
                label="年份"
                withAsterisk
                maw={140}
                min={2000}
                max={2100}
                allowDecimal={false}
                value={values.year}
                onChange={(year) => {
                  form.setFieldValue('year', year);
                  changed();
                }}
              />
              <TextInput
                label="通知名称及文号"
                withAsterisk
                placeholder={`国务院办公厅关于${String(values.year)}年部分节假日安排的通知（国办发明电〔${Number(values.year) - 1}〕号）`}
                value={values.source}
                onChange={(event) => {
                  form.setFieldValue('source', event.currentTarget.value);
                  changed();
                }}
              />
            </Group>
            <Table withTableBorder verticalSpacing={4} aria-label="放假安排">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>节日名称</Table.Th>
                  <Table.Th w={300}>放假起止日期</Table.Th>
                  <Table.Th>调休上班日</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => (
                  <Table.Tr
                    key={index}
                    bg={problem?.row === index ? 'red.0' : undefined}
                    aria-label={`第 ${index + 1} 个节日`}
                  >
                    <Table.Td>
                      <TextInput
                        aria-label={`第 ${index + 1} 个节日的名称`}
                        placeholder={HOLIDAY_NAMES[index] ?? '节日名称'}
                        value={row.name}
                        onChange={(event) => setRow(index, { name: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <DateField
                          aria-label={`第 ${index + 1} 个节日放假开始日期`}
                          placeholder="开始"
                          w={130}
                          value={row.from}
                          onChange={(from) => setRow(index, { from, to: row.to ?? from })}
                        />
                        <Text size="sm">至</Text>
                        <DateField
                          aria-label={`第 ${index + 1} 个节日放假结束日期`}
                          placeholder="结束"
                          w={130}
                          value={row.to}
                          onChange={(to) => setRow(index, { to })}
                        />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`第 ${index + 1} 个节日的调休上班日`}
                        placeholder="没有则不填；多个日期用顿号分隔"
                        value={row.makeup}
                        onChange={(event) => setRow(index, { makeup: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`删除第 ${index + 1} 个节日`}
                        disabled={rows.length === 1}
                        title={rows.length === 1 ? '至少要有一个节日' : '删除这一行'}
                        onClick={() => setRows(rows.filter((_row, i) => i !== index))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group gap="sm">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setRows([...rows, { ...EMPTY_ROW }])}
              >
                添加节日
              </Button>
              <Text size="xs" c="dimmed">
                日期写作 2027-02-07；调休上班日是通知中“某月某日（周六/周日）上班”的日期。
              </Text>
            </Group>
          </Stack>
        ) : (
          <>
            <Textarea
              label="节假日安排（文本）"
              description="与表格内容相同的文本写法，适合粘贴整理好的内容；切回“表格填写”时按文本内容填入表格。"
              autosize
              minRows={7}
              styles={{ input: { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }}
              {...form.getInputProps('text')}
              onChange={(event) => {
                form.setFieldValue('text', event.currentTarget.value);
                changed();
              }}
            />
            <Group gap="sm">
              <Button
                variant="default"
                size="xs"
                onClick={() => form.setFieldValue('text', template(nextYear))}
                disabled={values.text.trim() !== ''}
              >
                插入 {nextYear} 年模板
              </Button>
              <Text size="xs" c="dimmed">
                格式示例：<Code>{'- { name: 春节, from: 2027-02-05, to: 2027-02-12 }'}</Code>
              </Text>
            </Group>
          </>
        )}
        {problem && (
          <Alert color="red" title="无法载入">
            {problem.message}
            {problem.row !== null && `（见表格第 ${problem.row + 1} 行）`}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void check()} loading={busy && !preview} disabled={text.trim() === ''}>
            预览
          </Button>
        </Group>
        {preview && (
          <Stack gap="sm">
            <YearPreview preview={preview.preview} />
            {preview.existing === 'built-in' && (
              <Checkbox
                label={`用此安排替换软件内置的 ${preview.arrangement.year} 年安排`}
                {...form.getInputProps('replaceBuiltIn', { type: 'checkbox' })}
              />
            )}
            {preview.existing === 'office' && (
              <Alert color="yellow">本单位已载入过 {preview.arrangement.year} 年的安排，确认后将替换。</Alert>
            )}
            <Alert color="blue">
              请逐条与通知原文核对：放假起止日期、天数和调休上班日。确认后，{preview.arrangement.year}{' '}
              年的期限即按此计算。
            </Alert>
            <Group>
              <GatedButton reason={adminReason} loading={busy} onClick={() => void confirm(preview.arrangement.year)}>
                确认载入 {preview.arrangement.year} 年安排
              </GatedButton>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
