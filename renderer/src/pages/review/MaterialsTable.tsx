import { Badge, Table, Text } from '@mantine/core';
import type { MaterialView } from '../../../../shared/contract';
import { MATERIAL_REQUIREMENT_LABELS } from '../../../../shared/domain/review';

/** What was submitted, read-only: each item, whether this case needed it, and where it is. */
export function MaterialsTable({ materials }: { materials: readonly MaterialView[] }) {
  return (
    <Table withTableBorder verticalSpacing={6} fz="sm" aria-label="送审材料">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>材料</Table.Th>
          <Table.Th w={110}>提交要求</Table.Th>
          <Table.Th w={90}>状态</Table.Th>
          <Table.Th>文件或卷宗页码</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {materials.map((item) => (
          <Table.Tr key={item.key} data-testid={`material-row-${item.key}`}>
            <Table.Td>{item.label}</Table.Td>
            <Table.Td c="dimmed">
              {item.required ? '本案须提交' : MATERIAL_REQUIREMENT_LABELS[item.requirement]}
            </Table.Td>
            <Table.Td>
              {item.present ? (
                <Badge color="teal" variant="light" radius="sm">
                  已提交
                </Badge>
              ) : item.required ? (
                <Badge color="orange" variant="filled" radius="sm">
                  缺少
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  未提交
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{item.refs || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
