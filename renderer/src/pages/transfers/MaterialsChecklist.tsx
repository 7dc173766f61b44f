import { Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { MaterialRequirement } from '../../../../shared/domain/review';
import { MATERIAL_REQUIREMENT_LABELS } from '../../../../shared/domain/review';
import type { OutFormValues } from './outForm';

export interface ListedMaterial {
  key: string;
  label: string;
  requirement: MaterialRequirement;
  source?: string;
}

/** The profile's list of transfer materials, each ticked when it is ready to go with the letter. */
export function MaterialsChecklist({
  form,
  listed,
}: {
  form: UseFormReturnType<OutFormValues>;
  listed: ListedMaterial[];
}) {
  const values = form.getValues().materials;
  return (
    <Stack gap="xs">
      {listed.map((material) => {
        const index = values.findIndex((entry) => entry.key === material.key);
        if (index < 0) return null;
        return (
          <Group key={material.key} align="flex-start" wrap="nowrap" gap="sm">
            <Checkbox
              mt={6}
              aria-label={material.label}
              {...form.getInputProps(`materials.${index}.present`, { type: 'checkbox' })}
            />
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm" fw={500}>
                {material.label}
                <Text span size="xs" c="dimmed" ml="xs">
                  {MATERIAL_REQUIREMENT_LABELS[material.requirement]}
                </Text>
              </Text>
              {material.source && (
                <Text size="xs" c="dimmed">
                  {material.source}
                </Text>
              )}
            </Stack>
            <TextInput
              w={220}
              size="xs"
              placeholder="备注（份数、页码等）"
              aria-label={`${material.label}备注`}
              {...form.getInputProps(`materials.${index}.note`)}
            />
          </Group>
        );
      })}
    </Stack>
  );
}
