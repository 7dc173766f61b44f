// The form view of the template editor: each text of the template under its Chinese name, its
// placeholders as chips (〔受送达人〕) inserted from the template's own list, and a chip the template
// does not have refused in Chinese, changing nothing. The YAML view edits the same text.

import { useMemo, useRef, useState } from 'react';
import { Alert, Badge, Group, ScrollArea, Select, Stack, Text, Textarea } from '@mantine/core';
import { chipsOf, fromChips, readTemplateForm, toChips, withText } from './templateForm';

export function TemplateTextsForm({ text, onChange }: { text: string; onChange: (next: string) => void }) {
  const form = useMemo(() => {
    try {
      return { value: readTemplateForm(text) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [text]);
  /** What was typed in a field whose chips could not be read back (shown as typed, not saved). */
  const [pending, setPending] = useState<Record<string, { shown: string; unknown: string[] }>>({});
  const focused = useRef<{ key: string; element: HTMLTextAreaElement } | null>(null);
  const [filter, setFilter] = useState('');

  if (!form.value)
    return (
      <Alert color="red" title="模板文本有误，无法按项目显示">
        请切换到“YAML（熟练用户）”修改：{form.error}
      </Alert>
    );
  const { fields, labels } = form.value;
  const options = [...new Set(labels.values())].map((label) => ({ value: label, label: `〔${label}〕` }));
  const shown = fields.filter((field) => !filter || field.name.includes(filter) || field.raw.includes(filter));

  function edit(key: string, path: Array<string | number>, value: string) {
    const back = fromChips(value, labels);
    if (back.unknown.length > 0) {
      setPending((all) => ({ ...all, [key]: { shown: value, unknown: back.unknown } }));
      return;
    }
    setPending(({ [key]: _done, ...rest }) => rest);
    onChange(withText(text, path, back.raw));
  }

  function insert(label: string | null) {
    const target = focused.current;
    if (!label || !target) return;
    const field = fields.find((f) => f.path.join('/') === target.key);
    if (!field) return;
    const current = pending[target.key]?.shown ?? toChips(field.raw, labels);
    const at = target.element.selectionStart ?? current.length;
    edit(target.key, field.path, `${current.slice(0, at)}〔${label}〕${current.slice(at)}`);
  }

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <Select
          label="插入内容项"
          description="先点一下要插入的文字框中的位置，再选择内容项"
          placeholder="选择要插入的内容，例如〔受送达人〕"
          data={options}
          searchable
          value={null}
          onChange={insert}
          w={320}
        />
        <Select
          label="查找"
          placeholder="输入文字，只显示含有它的项目"
          data={[]}
          searchable
          searchValue={filter}
          onSearchChange={setFilter}
          w={240}
        />
      </Group>
      <Text size="xs" c="dimmed">
        〔
        〕中的是出具时填入的内容（如〔受送达人〕），只能从上面的列表插入本模板已有的内容项；文号中的〔2024〕等照常输入。
      </Text>
      <ScrollArea.Autosize mah="calc(100vh - 460px)" type="auto">
        <Stack gap="sm" pr="sm">
          {shown.map((field) => {
            const key = field.path.join('/');
            const value = pending[key]?.shown ?? toChips(field.raw, labels);
            const unknown = pending[key]?.unknown ?? [];
            return (
              <Stack key={key} gap={2}>
                <Textarea
                  label={field.name}
                  autosize
                  minRows={1}
                  value={value}
                  error={
                    unknown.length > 0
                      ? `本模板没有${unknown.map((name) => `“〔${name}〕”`).join('、')}这一内容项（未保存这一处修改）：请从“插入内容项”中选择，或删去它。`
                      : undefined
                  }
                  onFocus={(event) => (focused.current = { key, element: event.currentTarget })}
                  onChange={(event) => edit(key, field.path, event.currentTarget.value)}
                />
                {chipsOf(value).length > 0 && (
                  <Group gap={4}>
                    {chipsOf(value).map((chip) => (
                      <Badge key={chip} size="sm" variant="light" color={unknown.includes(chip) ? 'red' : 'blue'}>
                        {chip}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
