import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PublicityItem } from '../../../../shared/contract';
import { PUBLICITY_STATE_LABELS, REVOKE_KIND_LABELS, REVOKE_KINDS } from '../../../../shared/contract/publicity';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useOfficeYear, YearExport } from '../stats/YearExport';
import { LoadState } from '../../components/LoadState';
import { DateField } from '../../components/DateField';
import { useOfficeDate } from '../../lib/useOfficeNow';
import { PageHeader } from '../../components/PageHeader';

const STATE_COLORS = {
  due: 'orange',
  published: 'green',
  revoked: 'gray',
  'to-withdraw': 'red',
  withdrawn: 'gray',
} as const;

type Action = { kind: 'publish' | 'revoke' | 'withdraw'; item: PublicityItem } | null;

function ActionModal({ action, onClose }: { action: Action; onClose: () => void }) {
  const [date, setDate] = useOfficeDate();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<string | null>('revoked');
  const publish = useApiMutation('publicity.publish', {
    success: { title: '已登记公示', message: '公示日期和载体已记录。' },
  });
  const revoke = useApiMutation('publicity.revoke', {
    success: { title: '已登记', message: '决定的变更或撤销已记录。' },
  });
  const withdraw = useApiMutation('publicity.withdraw', {
    success: { title: '已撤回', message: '公示的撤回已记录。' },
  });
  if (!action) return null;
  const id = action.item.decisionId;
  async function submit() {
    const done =
      action?.kind === 'publish'
        ? await publish.run({ decisionId: id, publishedOn: date, where: text })
        : action?.kind === 'revoke'
          ? await revoke.run({ decisionId: id, revokedOn: date, kind: (kind ?? 'revoked') as never, reason: text })
          : await withdraw.run({ decisionId: id, withdrawnOn: date, note: text });
    if (done) onClose();
  }
  const title = { publish: '登记公示', revoke: '登记决定被变更或撤销', withdraw: '登记撤回公示' }[action.kind];
  return (
    <Modal opened onClose={onClose} title={`${title}：${action.item.decisionNumber}`}>
      <Stack>
        <DateField label="日期" value={date} onChange={setDate} />
        {action.kind === 'revoke' && (
          <Select
            label="情形"
            data={REVOKE_KINDS.map((k) => ({ value: k, label: REVOKE_KIND_LABELS[k] }))}
            value={kind}
            onChange={setKind}
          />
        )}
        {action.kind === 'publish' ? (
          <TextInput
            label="公示载体"
            placeholder="如：区政府门户网站“双公示”专栏"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        ) : (
          <Textarea
            label={action.kind === 'revoke' ? '理由' : '撤回说明'}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={publish.pending || revoke.pending || withdraw.pending} onClick={() => void submit()}>
            保存
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** 执法公示: each recorded penalty decision, what is published, by when, and its withdrawal. */
export function PublicityPage() {
  const [year, setYear] = useOfficeYear();
  const [action, setAction] = useState<Action>(null);
  const list = useApiQuery('publicity.list', { year });
  return (
    <Stack>
      <PageHeader
        title="执法公示"
        description="行政处罚决定作出之日起7个工作日内公示；决定被变更、撤销的，三日内撤回。"
        actions={<YearExport year={year} onChange={setYear} method="publicity.export" label="导出公示清单" />}
      />
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload}>
        {list.data && (
          <>
            <Alert color="gray" variant="light">
              <Text size="sm">{list.data.rule}</Text>
              <Text size="sm">{list.data.withdrawRule}</Text>
              <Text size="sm">{list.data.naturalPersonRule}</Text>
            </Alert>
            {list.data.items.length === 0 ? (
              <Text c="dimmed">本年尚无登记的行政处罚决定。</Text>
            ) : (
              <Table striped withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>决定书文号</Table.Th>
                    <Table.Th>处罚类型</Table.Th>
                    <Table.Th>事由</Table.Th>
                    <Table.Th>依据</Table.Th>
                    <Table.Th>相对人</Table.Th>
                    <Table.Th>公示期限</Table.Th>
                    <Table.Th>状态</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((item) => (
                    <Table.Tr key={item.decisionId}>
                      <Table.Td>{item.decisionNumber}</Table.Td>
                      <Table.Td>{item.penalty}</Table.Td>
                      <Table.Td>{item.cause}</Table.Td>
                      <Table.Td>{item.basis}</Table.Td>
                      <Table.Td>
                        {item.party}
                        {item.creditCode && (
                          <Text size="xs" c="dimmed">
                            {item.creditCode}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {item.deadline ? (
                          <Text size="sm" c={item.deadline.level === 'danger' ? 'red' : undefined}>
                            {item.deadline.text}
                          </Text>
                        ) : item.publishedOn ? (
                          `${item.publishedOn} 于 ${item.publishedWhere}`
                        ) : (
                          (item.dueDate ?? '')
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATE_COLORS[item.state]} variant="light">
                          {PUBLICITY_STATE_LABELS[item.state]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {item.state === 'due' && (
                            <Button size="compact-xs" onClick={() => setAction({ kind: 'publish', item })}>
                              登记公示
                            </Button>
                          )}
                          {(item.state === 'due' || item.state === 'published') && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setAction({ kind: 'revoke', item })}
                            >
                              决定被撤销
                            </Button>
                          )}
                          {item.state === 'to-withdraw' && (
                            <Button size="compact-xs" color="red" onClick={() => setAction({ kind: 'withdraw', item })}>
                              登记撤回
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </LoadState>
      {action && (
        <ActionModal key={`${action.kind}-${action.item.decisionId}`} action={action} onClose={() => setAction(null)} />
      )}
    </Stack>
  );
}
