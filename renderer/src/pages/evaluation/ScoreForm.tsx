import { Button, Checkbox, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { EvaluationCaseResult, EvaluationSheet } from '../../../../shared/contract';
import { useApiMutation } from '../../api/useApi';
import { DateField } from '../../components/DateField';
import { useOfficeDate } from '../../lib/useOfficeNow';

interface Entry {
  score: number | string;
  failed: boolean;
  note: string;
}

/** Scores one drawn case file on the sheet version its draw used. */
export function ScoreForm({
  sheet,
  result,
  onClose,
}: {
  sheet: EvaluationSheet;
  result: EvaluationCaseResult;
  onClose: () => void;
}) {
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(sheet.items.map((item) => [item.key, { score: item.points || '', failed: false, note: '' }])),
  );
  const [scoredOn, setScoredOn] = useOfficeDate();
  const [comment, setComment] = useState('');
  const score = useApiMutation('evaluation.score', {
    success: { title: '评查结果已保存', message: (out) => `${out.caseNumber} 得分 ${out.total ?? 0}。` },
  });
  const set = (key: string, patch: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [key]: { ...(all[key] ?? { score: '', failed: false, note: '' }), ...patch } }));
  async function submit() {
    const saved = await score.run({
      drawId: result.drawId,
      caseId: result.caseId,
      scoredOn,
      comment,
      items: sheet.items.map((item) => {
        const entry = entries[item.key] ?? { score: '', failed: false, note: '' };
        return {
          key: item.key,
          score: item.points === 0 ? null : entry.score === '' ? null : Number(entry.score),
          failed: item.veto ? entry.failed : false,
          note: entry.note,
        };
      }),
    });
    if (saved) onClose();
  }
  return (
    <Modal opened onClose={onClose} title={`案卷评查：${result.caseNumber}`} size="90%">
      <Stack>
        <Text size="sm" c="dimmed">
          {sheet.title}（第 {sheet.version} 版，满分 {sheet.maxScore} 分，合格 {sheet.passScore} 分，优秀{' '}
          {sheet.excellentScore} 分）。评查人为当前使用人，须与本案承办、审核、决定人员不同。
        </Text>
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>项目</Table.Th>
              <Table.Th w={110}>得分 / 否决</Table.Th>
              <Table.Th>扣分理由或否决情形</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.items.map((item) => (
              <Table.Tr key={item.key}>
                <Table.Td>
                  {item.veto && (
                    <Text span c="red" fw={700}>
                      【一票否决】
                    </Text>
                  )}
                  {item.title}
                  {item.points > 0 && (
                    <Text span c="dimmed">
                      （{item.points} 分）
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.points > 0 ? (
                    <NumberInput
                      aria-label={`${item.title} 得分`}
                      value={entries[item.key]?.score ?? ''}
                      onChange={(v) => set(item.key, { score: v })}
                    />
                  ) : (
                    <Checkbox
                      aria-label={`${item.title} 存在`}
                      label="存在"
                      checked={entries[item.key]?.failed ?? false}
                      onChange={(e) => set(item.key, { failed: e.currentTarget.checked })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${item.title} 说明`}
                    value={entries[item.key]?.note ?? ''}
                    onChange={(e) => set(item.key, { note: e.currentTarget.value })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-start">
          <DateField label="评查日期" w={170} value={scoredOn} onChange={setScoredOn} />
          <Textarea
            label="评查意见"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={score.pending} onClick={() => void submit()}>
            保存评查结果
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
