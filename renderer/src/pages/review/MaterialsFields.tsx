import { Badge, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { MaterialRequirement } from '../../../../shared/domain/review';
import { MATERIAL_REQUIREMENT_LABELS } from '../../../../shared/domain/review';

export interface MaterialValue {
  key: string;
  present: boolean;
  refs: string;
}

export interface ChecklistItem {
  key: string;
  label: string;
  requirement: MaterialRequirement;
}

/**
 * The five kinds of material (DOMAIN §3), each marked submitted or not, with where it is: file
 * names or the page range in the case file (卷宗页码).
 */
export function MaterialsFields<T extends { materials: MaterialValue[] }>({
  form,
  checklist,
  needed,
}: {
  form: UseFormReturnType<T>;
  checklist: readonly ChecklistItem[];
  /** Whether an item is required for this case (a hearing record only after a hearing or assessment). */
  needed: (item: ChecklistItem) => boolean;
}) {
  const values = form.getValues().materials;
  return (
    <Stack gap={6} role="group" aria-label="送审材料">
      {checklist.map((item, index) => {
        const present = values[index]?.present ?? false;
        const required = needed(item);
        return (
          <Group key={item.key} wrap="nowrap" align="flex-start" gap="sm" data-testid={`material-${item.key}`}>
            <Checkbox
              mt={8}
              aria-label={`${item.label}：已提交`}
              {...form.getInputProps(`materials.${index}.present`, { type: 'checkbox' })}
            />
            <Stack gap={2} w={260}>
              <Text size="sm" fw={500} mt={6}>
                {item.label}
              </Text>
              <Group gap={4}>
                <Badge
                  size="xs"
                  variant={required ? 'light' : 'outline'}
                  color={required ? 'seal' : 'gray'}
                  radius="sm"
                >
                  {required ? '本案须提交' : MATERIAL_REQUIREMENT_LABELS[item.requirement]}
                </Badge>
                {required && !present && (
                  <Badge size="xs" color="orange" variant="light" radius="sm">
                    未提交
                  </Badge>
                )}
              </Group>
            </Stack>
            <TextInput
              style={{ flex: 1 }}
              aria-label={`${item.label}的文件或页码`}
              placeholder={present ? '文件名或卷宗页码，例如：卷宗第 1–6 页' : '未提交'}
              disabled={!present}
              {...form.getInputProps(`materials.${index}.refs`)}
            />
          </Group>
        );
      })}
    </Stack>
  );
}
