import { useState } from 'react';
import { Alert, Button, Card, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupDetails, BackupMade, IntegrityResult } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { formatDate, formatInstant } from '../../lib/format';
import { PathInput } from '../settings/PathInput';

const KIND_LABELS: Record<string, string> = {
  daily: '每日自动',
  weekly: '每周自动',
  manual: '手动',
  'before-restore': '恢复前自动另存',
};

/** Backups and the records check: what a township office without IT staff needs to see and do. */
export function DataSafety() {
  const backups = useApiQuery('data.listBackups', {});
  const [busy, setBusy] = useState<string | null>(null);
  const [check, setCheck] = useState<IntegrityResult | null>(null);
  /** The backup about to be restored; `details` when it was checked first (a file from elsewhere). */
  const [restoring, setRestoring] = useState<{ file: string; details?: BackupDetails } | null>(null);
  const [folder, setFolder] = useState('');
  const [elsewhere, setElsewhere] = useState('');

  const failure = { title: '操作未完成' };
  const backedUp = { title: '备份完成', message: (made: BackupMade) => `已校验并保存：${made.file}` };
  const backup = useApiMutation('data.backupNow', { success: backedUp, failure });
  const backupToFolder = useApiMutation('data.backupNow', { success: backedUp, failure });
  const restore = useApiMutation('data.restore', {
    success: {
      title: '已恢复',
      message: (done) =>
        `已恢复到 ${done.restored.madeAt ? formatInstant(done.restored.madeAt) : '该备份'} 的数据${done.keptAside ? `；原数据另存为 ${done.keptAside}` : ''}`,
    },
    failure,
  });

  /** Reads on demand (the records check, a backup file's details): said in Chinese when they fail. */
  async function run(name: string, action: () => Promise<void>) {
    setBusy(name);
    try {
      await action();
    } catch (error) {
      notifications.show({ color: 'red', title: '操作未完成', message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card withBorder maw={900}>
      <Title order={3} fz={16} mb="xs">
        备份与数据检查
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        程序每天自动备份（启动后不久；程序一直开着时，每天一次），保留最近 7 个每日备份和 4
        个每周备份，每个备份都经过校验。 备份到 U 盘：选择或填写 U
        盘上的文件夹，点“备份到该文件夹”。恢复：在下表中点“恢复到此备份”，或在下方选择 U
        盘等其他位置的备份文件；恢复前会先检查备份，并另存当前数据。
      </Text>
      <Group mb="sm">
        <Button loading={backup.pending} onClick={() => void backup.run({})}>
          立即备份
        </Button>
        <PathInput
          label="备份到的文件夹"
          placeholder="文件夹，例如 E:\ 或 /media/u盘"
          purpose="backup-folder"
          value={folder}
          onChange={setFolder}
        />
        <Button
          variant="default"
          disabled={!folder.trim()}
          loading={backupToFolder.pending}
          onClick={() => void backupToFolder.run({ dir: folder.trim() })}
        >
          备份到该文件夹
        </Button>
        <Button
          variant="default"
          loading={busy === 'check'}
          onClick={() => void run('check', async () => setCheck(await api('data.check', {})))}
        >
          检查数据
        </Button>
      </Group>
      {check && (
        <Alert
          color={check.ok ? 'green' : 'red'}
          mb="sm"
          title={check.ok ? '数据完整：未发现被改动或缺失的记录' : '发现问题'}
        >
          <Stack gap={2}>
            {check.firstProblem && <Text size="sm">{check.firstProblem}</Text>}
            {check.checks.map((item) => (
              <Text key={item.id} size="xs">
                {item.ok ? '✓' : '✗'} {item.title}：{item.text}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {backups.data?.lastAutomatic?.problem && (
        <Alert color="orange" mb="sm" title="最近一次自动备份未完成">
          {backups.data.lastAutomatic.problem}
        </Alert>
      )}
      <Text size="sm" mb={4}>
        备份文件夹：<Code>{backups.data?.dir ?? '…'}</Code>
      </Text>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>备份</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>日期</Table.Th>
            <Table.Th ta="right">大小</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5} c="dimmed">
                尚无备份：程序启动后不久会自动备份，也可以点“立即备份”。
              </Table.Td>
            </Table.Tr>
          )}
          {(backups.data?.items ?? []).slice(0, 12).map((item) => (
            <Table.Tr key={item.file}>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td>{KIND_LABELS[item.kind] ?? item.kind}</Table.Td>
              <Table.Td>{formatDate(item.date)}</Table.Td>
              <Table.Td ta="right">{(item.bytes / 1024 / 1024).toFixed(1)} MB</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setRestoring({ file: item.file })}
                >
                  恢复到此备份
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {backups.data?.lastAutomatic && (
        <Text size="xs" c="dimmed" mt="xs">
          最近一次自动备份：{formatInstant(backups.data.lastAutomatic.at)}
        </Text>
      )}
      <Group mt="md" gap="sm">
        <Text size="sm">从其他位置恢复：</Text>
        <PathInput
          label="要恢复的备份文件"
          placeholder="备份文件路径，例如 E:\daily-2025-06-02.db"
          purpose="backup-file"
          value={elsewhere}
          onChange={setElsewhere}
          width={380}
        />
        <Button
          variant="default"
          color="red"
          disabled={!elsewhere.trim()}
          loading={busy === 'inspect'}
          onClick={() =>
            void run('inspect', async () => {
              const details = await api('data.inspectBackup', { file: elsewhere.trim() });
              setRestoring({ file: details.file, details });
            })
          }
        >
          检查并恢复…
        </Button>
      </Group>
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title="从备份恢复">
        <Text size="sm">
          恢复后，数据将回到该备份时的状态，此后的修改不再显示。恢复前会先检查备份是否完整，并把当前数据另存为“恢复前自动另存”的备份。
        </Text>
        <Code block mt="sm">
          {restoring?.file}
        </Code>
        {restoring?.details && (
          <Text size="sm" mt="sm">
            已检查：备份完整，制作于 {restoring.details.madeAt ? formatInstant(restoring.details.madeAt) : '（未记录）'}
            {restoring.details.appVersion ? `，程序版本 ${restoring.details.appVersion}` : ''}；含{' '}
            {restoring.details.cases} 件案件、{restoring.details.files} 个文书等文件。
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setRestoring(null)}>
            取消
          </Button>
          <Button
            color="red"
            loading={restore.pending}
            onClick={() =>
              void restore.run({ file: restoring?.file ?? '' }).then((done) => {
                if (!done) return;
                setRestoring(null);
                setElsewhere('');
              })
            }
          >
            确认恢复
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
