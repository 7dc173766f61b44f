import { ActionIcon, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { EMPTY_ITEM, type OutFormValues } from './outForm';

/**
 * The items involved (涉案物品清单), listed as they are; an item already disposed of in advance
 * carries the evidence kept and the proceeds, which go with the case (涪陵府办〔2024〕1号 二(三)).
 */
export function ItemsEditor({ form }: { form: UseFormReturnType<OutFormValues> }) {
  const items = form.getValues().items;
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          没有涉案物品时可不填。有涉案物品的，应当如实列出清单，并勾选“涉案物品及清单”材料。
        </Text>
      )}
      {items.map((item, index) => (
        <Card key={index} withBorder padding="sm" bg="gray.0" aria-label={`涉案物品 ${index + 1}`}>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              物品 {index + 1}
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`删除物品 ${index + 1}`}
              onClick={() => form.removeListItem('items', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput label="物品名称" withAsterisk {...form.getInputProps(`items.${index}.name`)} />
            <TextInput
              label="数量（含单位）"
              withAsterisk
              placeholder="例如：60 斤"
              {...form.getInputProps(`items.${index}.quantity`)}
            />
            <TextInput label="规格型号" {...form.getInputProps(`items.${index}.spec`)} />
            <TextInput label="品级" placeholder="例如：一级" {...form.getInputProps(`items.${index}.grade`)} />
            <TextInput
              label="形态"
              placeholder="例如：液体、散装、成品"
              {...form.getInputProps(`items.${index}.form`)}
            />
            <TextInput
              label="保管状态"
              placeholder="例如：已查封"
              {...form.getInputProps(`items.${index}.condition`)}
            />
            <TextInput label="备注" style={{ gridColumn: 'span 2' }} {...form.getInputProps(`items.${index}.note`)} />
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label="已依法先行处置"
            {...form.getInputProps(`items.${index}.disposed`, { type: 'checkbox' })}
          />
          {item.disposed && (
            <SimpleGrid cols={3} spacing="sm" mt="xs">
              <TextInput
                label="处置情况"
                withAsterisk
                placeholder="例如：经批准先行拍卖"
                {...form.getInputProps(`items.${index}.disposal`)}
              />
              <TextInput
                label="处置所得款项（元）"
                inputMode="decimal"
                {...form.getInputProps(`items.${index}.proceedsYuan`)}
              />
              <TextInput
                label="留存的证据"
                withAsterisk
                placeholder="例如：留样 2 瓶、拍卖记录"
                {...form.getInputProps(`items.${index}.evidenceKept`)}
              />
            </SimpleGrid>
          )}
        </Card>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('items', { ...EMPTY_ITEM })}
        >
          添加涉案物品
        </Button>
      </Group>
    </Stack>
  );
}
