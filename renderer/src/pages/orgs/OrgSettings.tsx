import { useState } from 'react';
import { Button, Card, Group, Modal, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Organization } from '../../../../shared/contract';
import { ORG_KIND_LABELS } from '../../../../shared/domain/case';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { OrgForm } from './OrgForm';

export function OrgSettings() {
  const orgs = useApiQuery('orgs.list', {});
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text c="dimmed" size="sm">
          案件移送、协助的对象：乡镇（街道）、区县部门、公安机关等。
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          新增单位
        </Button>
      </Group>
      <Card withBorder padding={0}>
        <LoadState loading={orgs.loading && !orgs.data} error={orgs.error} onRetry={orgs.reload}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>单位名称</Table.Th>
                <Table.Th>类别</Table.Th>
                <Table.Th>联系人</Table.Th>
                <Table.Th>联系电话</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(orgs.data ?? []).map((org) => (
                <Table.Tr key={org.id}>
                  <Table.Td>{org.name}</Table.Td>
                  <Table.Td>{ORG_KIND_LABELS[org.kind]}</Table.Td>
                  <Table.Td>{org.contactPerson || '—'}</Table.Td>
                  <Table.Td>{org.phone || '—'}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setEditing(org)}>
                      修改
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {orgs.data?.length === 0 && (
            <Text ta="center" c="dimmed" py="xl">
              尚未登记协作单位
            </Text>
          )}
        </LoadState>
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? '新增单位' : '修改单位'}
        size="lg"
      >
        {editing !== null && <OrgForm org={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}
