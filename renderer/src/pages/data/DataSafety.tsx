import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupMade, IntegrityResult } from '../../../../shared/contract';
import type { BackupContents, DataCounts, RestoreComparison } from '../../../../shared/contract/data';
import { LoadState } from '../../components/LoadState';
import { api, errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { formatDate, formatInstant } from '../../lib/format';
import { PathInput } from '../settings/PathInput';
import { GatedButton } from '../../components/GatedButton';
import { useAdminReason } from '../../app/operatorStore';

const KIND_LABELS: Record<string, string> = {
  daily: '每日自动',
  weekly: '每周自动',
  manual: '手动',
  'before-restore': '恢复前自动另存',
};

/** Backups and the records check: what a township office without IT staff needs to see and do. */
export function DataSafety() {
  const adminReason = useAdminReason();
  const backups = useApiQuery('data.listBackups', {});
  const [busy, setBusy] = useState<string | null>(null);
  const [check, setCheck] = useState<IntegrityResult | null>(null);
  /** The backup about to be restored; `details` when it was checked first (a file from elsewhere). */
  const [restoring, setRestoring] = useState<{ file: string; checked?: boolean } | null>(null);
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
    <Card withBorder maw={1100}>
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
        <GatedButton reason={adminReason} loading={backup.pending} onClick={() => void backup.run({})}>
          立即备份
        </GatedButton>
        <PathInput
          label="备份到的文件夹"
          placeholder="文件夹，例如 E:\ 或 /media/u盘"
          purpose="backup-folder"
          value={folder}
          onChange={setFolder}
        />
        <GatedButton
          reason={adminReason}
          variant="default"
          disabled={!folder.trim()}
          loading={backupToFolder.pending}
          onClick={() => void backupToFolder.run({ dir: folder.trim() })}
        >
          备份到该文件夹
        </GatedButton>
        <Button
          variant="default"
          loading={busy === 'check'}
          onClick={() => void run('check', async () => setCheck(await api('data.check', {})))}
        >
          检查数据
        </Button>
      </Group>
      {(backup.pending || backupToFolder.pending) && (
        // A backup the clerk starts while the automatic one runs waits for it (backup-lock.ts): say so.
        <Text size="sm" c="dimmed" mb="sm" role="status">
          正在备份并校验……如果自动备份正在进行，会等它完成后接着备份。
        </Text>
      )}
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
            <Table.Th>制作时间</Table.Th>
            <Table.Th>类型 · 制作人</Table.Th>
            <Table.Th>备份中的数据</Table.Th>
            <Table.Th>程序版本</Table.Th>
            <Table.Th ta="right">大小</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6} c="dimmed">
                尚无备份：程序启动后不久会自动备份，也可以点“立即备份”。
              </Table.Td>
            </Table.Tr>
          )}
          {(backups.data?.items ?? []).slice(0, 12).map((item) => (
            <Table.Tr key={item.file}>
              <Table.Td title={item.name}>
                {item.contents?.madeAt ? formatInstant(item.contents.madeAt) : formatDate(item.date)}
              </Table.Td>
              <Table.Td>
                {KIND_LABELS[item.kind] ?? item.kind}
                {item.contents?.madeBy && item.contents.madeBy !== '自动' ? ` · ${item.contents.madeBy}` : ''}
              </Table.Td>
              <Table.Td>
                <BackupHolds contents={item.contents} />
              </Table.Td>
              <Table.Td>{item.contents?.appVersion ?? '—'}</Table.Td>
              <Table.Td ta="right">{(item.bytes / 1024 / 1024).toFixed(1)} MB</Table.Td>
              <Table.Td ta="right">
                <GatedButton
                  reason={adminReason}
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setRestoring({ file: item.file })}
                >
                  恢复到此备份
                </GatedButton>
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
        <GatedButton
          reason={adminReason}
          variant="default"
          color="red"
          disabled={!elsewhere.trim()}
          loading={busy === 'inspect'}
          onClick={() =>
            void run('inspect', async () => {
              // Checked whole first (a file from a USB stick); the dialog then compares it with now.
              const details = await api('data.inspectBackup', { file: elsewhere.trim() });
              setRestoring({ file: details.file, checked: true });
            })
          }
        >
          检查并恢复…
        </GatedButton>
      </Group>
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title="从备份恢复" size="lg">
        {restoring && (
          <RestoreConfirm
            file={restoring.file}
            checked={restoring.checked === true}
            pending={restore.pending}
            onCancel={() => setRestoring(null)}
            onConfirm={() =>
              void restore.run({ file: restoring.file }).then((done) => {
                if (!done) return;
                setRestoring(null);
                setElsewhere('');
              })
            }
          />
        )}
      </Modal>
    </Card>
  );
}

/** What a backup in the list holds, in words: counts, or that it is of an office not yet set up. */
function BackupHolds({ contents }: { contents: BackupContents | null }) {
  if (!contents)
    return (
      <Text size="sm" c="red">
        无法读取（文件可能已损坏）
      </Text>
    );
  if (contents.empty)
    return (
      <Badge color="orange" variant="light">
        空白数据（尚未设置本单位时的备份）
      </Badge>
    );
  return (
    <Text size="sm">
      {contents.cases} 件案件 · {contents.papers} 份文书 · {contents.staff} 名人员
    </Text>
  );
}

function counts(c: DataCounts): string {
  return `${c.cases} 件案件、${c.papers} 份文书、${c.staff} 名人员`;
}

/** What the restore would lose, in sentences; the most serious first. */
function losses(comparison: RestoreComparison): string[] {
  const { now, backup, lostCases, lostPapers } = comparison;
  const said: string[] = [];
  if (backup.empty && (now.cases > 0 || now.papers > 0))
    said.push(`这是尚未设置本单位时的备份，其中没有任何案件和文书：恢复后本机现有的${counts(now)}都将不再显示。`);
  else if (!backup.empty && lostCases.length > 0) {
    const shown = lostCases.slice(0, 5).join('、') + (lostCases.length > 5 ? ` 等` : '');
    said.push(
      `本机现有 ${now.cases} 件案件，备份中只有 ${backup.cases} 件：恢复后将失去 ${lostCases.length} 件在备份之后新增的案件及其文书（${shown}）。`,
    );
  }
  if (!backup.empty && lostPapers > 0)
    said.push(
      `恢复后将失去 ${lostPapers} 份在备份之后出具的文书（本机现有 ${now.papers} 份，备份中 ${backup.papers} 份）。`,
    );
  if (comparison.otherOffice)
    said.push(`该备份属于“${backup.officeName ?? ''}”，与本机的“${now.officeName ?? ''}”不是同一单位。`);
  return said;
}

/**
 * The restore dialog: the backup compared with the data now — what it holds, when and by whom it was
 * made, and what would be lost — and an explicit confirmation before anything changes.
 */
function RestoreConfirm(props: {
  file: string;
  checked: boolean;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  // Asked afresh each time the dialog opens (never a cached answer): the data now may have changed.
  const [comparison, setComparison] = useState<{ data?: RestoreComparison; error?: string }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setComparison({});
    api('data.compareBackup', { file: props.file }).then(
      (data) => live && setComparison({ data }),
      (error: unknown) => live && setComparison({ error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [props.file, attempt]);
  const [understood, setUnderstood] = useState(false);
  const c = comparison.data;
  const lost = c ? losses(c) : [];
  const when = c?.backup.madeAt ? formatInstant(c.backup.madeAt) : '（制作时间未记录）';
  return (
    <LoadState loading={!c && !comparison.error} error={comparison.error} onRetry={() => setAttempt((n) => n + 1)}>
      {c && (
        <Stack gap="sm">
          <Table withTableBorder verticalSpacing={4} fz="sm" aria-label="备份与本机数据对比">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>本机现在</Table.Th>
                <Table.Th>备份（{when}）</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>单位</Table.Td>
                <Table.Td>{c.now.officeName ?? '尚未设置'}</Table.Td>
                <Table.Td>{c.backup.officeName ?? '尚未设置'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>案件</Table.Td>
                <Table.Td>{c.now.cases} 件</Table.Td>
                <Table.Td>{c.backup.cases} 件</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>文书（未作废）</Table.Td>
                <Table.Td>{c.now.papers} 份</Table.Td>
                <Table.Td>{c.backup.papers} 份</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>在职人员</Table.Td>
                <Table.Td>{c.now.staff} 名</Table.Td>
                <Table.Td>{c.backup.staff} 名</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            备份由{c.backup.madeBy ?? '（未记录）'}制作
            {c.backup.appVersion ? `，程序版本 ${c.backup.appVersion}` : ''}
            {c.backup.recorded ? '' : '（较早的备份：内容是打开备份清点的）'}。文件：{c.file}
          </Text>
          {props.checked && <Text size="sm">已检查：备份完整，可以恢复。</Text>}
          {lost.length > 0 ? (
            <Alert color="red" title="恢复后将失去的数据">
              <Stack gap={4}>
                {lost.map((line) => (
                  <Text key={line} size="sm">
                    {line}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : (
            <Alert color="green" title="不会失去案件或文书">
              本机没有在该备份之后新增的案件和文书。备份之后的其他修改（如审核记录、人员信息的改动）将回到备份时的状态。
            </Alert>
          )}
          <Text size="sm">
            恢复前会先检查备份是否完整，并把当前数据另存为“恢复前自动另存”的备份；如恢复错了，可再从那份备份恢复。
          </Text>
          <Checkbox
            label={`我已核对上述对比，确认把数据恢复到 ${when} 的状态`}
            checked={understood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onCancel}>
              取消
            </Button>
            <Button color="red" disabled={!understood} loading={props.pending} onClick={props.onConfirm}>
              恢复到该备份
            </Button>
          </Group>
          {!understood && (
            <Text size="xs" c="dimmed" ta="right">
              请先勾选确认，再点“恢复到该备份”。
            </Text>
          )}
        </Stack>
      )}
    </LoadState>
  );
}
