import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { EvaluationItem, EvaluationSheet } from '../../../../shared/contract';
import { useApiMutation } from '../../api/useApi';

/** Edits the office's 案卷评查表: each save is a new version; earlier draws keep theirs. */
export function SheetEditor({ sheet, onClose }: { sheet: EvaluationSheet; onClose: () => void }) {
  const [title, setTitle] = useState(sheet.title);
  const [items, setItems] = useState<EvaluationItem[]>(sheet.items);
  const [passScore, setPass] = useState<number | string>(sheet.passScore);
  const [excellentScore, setExcellent] = useState<number | string>(sheet.excellentScore);
  const [note, setNote] = useState('');
  const save = useApiMutation('evaluation.saveSheet', {
    success: { title: '评查表已保存', message: (out) => `已保存为第 ${out.version} 版。` },
  });
  const update = (index: number, patch: Partial<EvaluationItem>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  async function submit() {
    const saved = await save.run({
      title,
      items,
      passScore: Number(passScore),
      excellentScore: Number(excellentScore),
      note,
    });
    if (saved) onClose();
  }
  const max = items.reduce((sum, item) => sum + (Number(item.points) || 0), 0);
  return (
    <Modal opened onClose={onClose} title="编辑案卷评查表" size="90%">
      <Stack>
        <TextInput label="评查表名称" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>项目</Table.Th>
              <Table.Th w={90}>分值</Table.Th>
              <Table.Th w={90}>一票否决</Table.Th>
              <Table.Th>依据</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={item.key}>
                <Table.Td>
                  <TextInput
                    aria-label="项目"
                    value={item.title}
                    onChange={(e) => update(index, { title: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label="分值"
                    value={item.points}
                    onChange={(v) => update(index, { points: Number(v) })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label="一票否决"
                    checked={item.veto}
                    onChange={(e) => update(index, { veto: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label="依据"
                    value={item.basis}
                    onChange={(e) => update(index, { basis: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label="删除项目"
                    onClick={() => setItems((all) => all.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            variant="light"
            onClick={() =>
              setItems((all) => [
                ...all,
                { key: `item-${Date.now().toString(36)}`, title: '', points: 5, veto: false, basis: '' },
              ])
            }
          >
            添加项目
          </Button>
          <Text size="sm">满分 {max} 分</Text>
        </Group>
        <Group>
          <NumberInput label="合格分" value={passScore} onChange={setPass} w={120} />
          <NumberInput label="优秀分" value={excellentScore} onChange={setExcellent} w={120} />
          <TextInput
            label="修改说明"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={save.pending} onClick={() => void submit()}>
            保存为新版本
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
