import { Group, Select, Text } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../api/useApi';
import { setOperatorId, useOperatorId } from './operatorStore';

/** Who is at the keyboard: every change is recorded under this name. */
export function OperatorPicker() {
  const staff = useApiQuery('staff.list', {});
  const operatorId = useOperatorId();
  const options = (staff.data ?? [])
    .filter((person) => person.active)
    .map((person) => ({ value: String(person.id), label: person.name }));

  const setOperator = useApiMutation('session.setOperator', { failure: { title: '未能切换使用人' } });

  async function choose(value: string | null) {
    const operator = await setOperator.run({ staffId: value ? Number(value) : null });
    if (operator) setOperatorId(operator.staffId);
  }

  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        当前使用人
      </Text>
      <Select
        aria-label="当前使用人"
        placeholder={options.length ? '请选择' : '请先登记人员'}
        data={options}
        value={operatorId ? String(operatorId) : null}
        onChange={(value) => void choose(value)}
        w={140}
        size="sm"
        allowDeselect={false}
      />
    </Group>
  );
}
