// Loading a year the office typed from the State Council's notice: type or paste, preview, check
// every line against the notice, then confirm. Nothing counts before the confirmation.

import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Code, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CalendarPreview } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { useDraftForm } from '../../lib/useDraftForm';
import { YearPreview } from './YearPreview';

function template(year: number): string {
  return `year: ${year}
source: 国务院办公厅关于${year}年部分节假日安排的通知（国办发明电〔${year - 1}〕号）
holidays:
  - { name: 元旦, from: ${year}-01-01, to: ${year}-01-01 }
  - { name: 春节, from: ${year}-02-00, to: ${year}-02-00 }
makeupWorkdays: [${year}-01-00]
`;
}

export function CalendarLoader({ nextYear }: { nextYear: number }) {
  const initial = { text: '', replaceBuiltIn: false };
  const { form, restored, discardDraft, saved } = useDraftForm('calendar-year', initial);
  const [preview, setPreview] = useState<CalendarPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const load = useApiMutation('calendar.load', {
    success: { title: '已载入', message: (_years, input) => `${input.year} 年节假日安排已载入，此后的期限按其计算` },
    failure: setProblem,
  });
  const busy = checking || load.pending;
  const values = form.getValues();

  async function check() {
    setChecking(true);
    setPreview(null);
    try {
      setPreview(await api('calendar.preview', { text: values.text }));
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setChecking(false);
    }
  }

  async function confirm(year: number) {
    if (!(await load.run({ text: values.text, year, replaceBuiltIn: values.replaceBuiltIn }))) return;
    saved();
    form.setValues(initial);
    setPreview(null);
  }

  return (
    <Card withBorder>
      <Title order={3} fz={16} mb={4}>
        载入新一年的节假日安排
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        本软件不联网。国务院办公厅每年公布次年的节假日安排后，请按通知逐项录入（日期写作
        YYYY-MM-DD），预览核对无误后确认载入。
      </Text>
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Stack gap="sm">
        <Textarea
          label="节假日安排文件内容"
          autosize
          minRows={7}
          styles={{ input: { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }}
          {...form.getInputProps('text')}
          onChange={(event) => {
            form.setFieldValue('text', event.currentTarget.value);
            setPreview(null);
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
        {problem && (
          <Alert color="red" title="无法载入">
            {problem}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void check()} loading={busy && !preview} disabled={values.text.trim() === ''}>
            预览
          </Button>
        </Group>
        {preview && (
          <Stack gap="sm">
            <YearPreview preview={preview.preview} />
            {preview.existing === 'built-in' && (
              <Checkbox
                label={`用此文件替换软件内置的 ${preview.arrangement.year} 年安排`}
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
              <Button loading={busy} onClick={() => void confirm(preview.arrangement.year)}>
                确认载入 {preview.arrangement.year} 年安排
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
