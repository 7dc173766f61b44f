import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Staff } from '../../../../shared/contract';
import { STAFF_ROLE_LABELS } from '../../../../shared/domain/case';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { formatDate } from '../../lib/format';
import { certificateStatus, legalQualificationProblem } from '../../../../shared/domain/certificate';
import { StaffForm } from './StaffForm';
import { useOfficeNow } from '../../lib/useOfficeNow';

/** The one reading of a certificate every screen shows (shared/domain/certificate.ts). */
function certificateState(person: Staff, today: string): { label: string; color: string; message: string } {
  if (!today) return { label: '…', color: 'gray', message: '' }; // the office date has not arrived from the back end yet
  const status = certificateStatus(person, today);
  return { label: status.label, color: status.color, message: `${status.message}${status.citation}` };
}

export function StaffSettings() {
  const staff = useApiQuery('staff.list', {});
  const notes = useApiQuery('staff.notes', {});
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  // Whether a certificate has run out is judged on the office's date, not this PC's UTC date.
  const today = useOfficeNow()?.today ?? '';
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text c="dimmed" size="sm">
          承办人须持有效执法证；初次从事法制审核的人员须取得法律职业资格；辅助人员不得担任承办、审核、决定岗位。
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          新增人员
        </Button>
      </Group>
      <Card withBorder padding={0}>
        <LoadState loading={staff.loading && !staff.data} error={staff.error} onRetry={staff.reload}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>姓名</Table.Th>
                <Table.Th>岗位</Table.Th>
                <Table.Th>执法证号</Table.Th>
                <Table.Th>有效期</Table.Th>
                <Table.Th>执法证状态</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(staff.data ?? []).map((person) => {
                const state = certificateState(person, today);
                return (
                  <Table.Tr key={person.id} c={person.active ? undefined : 'dimmed'}>
                    <Table.Td>
                      {person.name}
                      {!person.active && '（已停用）'}
                      {person.auxiliary && '（辅助人员）'}
                      {(notes.data?.[person.id] ?? []).map((note) => (
                        <Text key={note} size="xs" c="orange">
                          {note}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>{person.roles.map((role) => STAFF_ROLE_LABELS[role]).join('、')}</Table.Td>
                    <Table.Td>{person.certificateNo ?? '—'}</Table.Td>
                    <Table.Td>
                      {person.certificateNo
                        ? `${formatDate(person.certValidFrom)} 至 ${formatDate(person.certValidTo)}`
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={state.color} variant="light" title={state.message}>
                        {state.label}
                      </Badge>
                      {person.roles.includes('reviewer') && legalQualificationProblem(person) && (
                        <Text size="xs" c="orange" title={legalQualificationProblem(person) ?? ''}>
                          未登记法律职业资格
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(person)}>
                        修改
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {staff.data?.length === 0 && (
            <Text ta="center" c="dimmed" py="xl">
              尚未登记人员
            </Text>
          )}
        </LoadState>
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? '新增人员' : '修改人员'}
        size="lg"
      >
        {editing !== null && <StaffForm staff={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}
