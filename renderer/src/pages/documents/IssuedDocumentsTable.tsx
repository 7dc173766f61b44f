import { useState } from 'react';
import { Anchor, Badge, Button, Group, Menu, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import type { IssuedDocument } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/useApi';
import { formatInstant } from '../../lib/format';
import { DocumentPreview } from './DocumentPreview';
import { saveFile } from './fileActions';
import { ServiceReceiptForm } from './ServiceReceiptForm';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** "2026年11月23日 23:34", breaking (if it must) only between the date and the time. */
function DateTime({ iso }: { iso: string }) {
  const [date, time] = formatInstant(iso).split(' ');
  return (
    <>
      <span style={NOWRAP}>{date}</span> <span style={NOWRAP}>{time}</span>
    </>
  );
}

const STATUS = {
  issued: { label: '已出具', color: 'green' },
  voided: { label: '已作废', color: 'gray' },
  pending: { label: '出具中', color: 'yellow' },
} as const;

function VoidForm({ onConfirm, saving }: { onConfirm: (reason: string) => void; saving: boolean }) {
  const [reason, setReason] = useState('');
  return (
    <>
      <Text size="sm" mb="xs">
        已出具的文书不能修改，只能作废后重新出具。作废的编号保留记录，不再使用。
      </Text>
      <Textarea
        label="作废理由"
        withAsterisk
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        autosize
        minRows={2}
        data-autofocus
      />
      <Group justify="flex-end" mt="md">
        <Button color="red" disabled={!reason.trim()} loading={saving} onClick={() => onConfirm(reason.trim())}>
          确认作废
        </Button>
      </Group>
    </>
  );
}

/**
 * The papers issued for a case, a transfer, or (showCase) the whole office. Title and number stay
 * on one line each; a narrow column scrolls sideways rather than break "青山司移〔2026〕1号".
 */
export function IssuedDocumentsTable({
  documents,
  showCase = false,
}: {
  documents: IssuedDocument[];
  showCase?: boolean;
}) {
  const [preview, setPreview] = useState<{ title: string; html: string } | null>(null);
  const [voiding, setVoiding] = useState<IssuedDocument | null>(null);
  const [serving, setServing] = useState<IssuedDocument | null>(null);

  const voidPaper = useApiMutation('documents.void', {
    success: { title: '已作废', message: (voided) => voided.docNumber ?? voided.title },
    failure: { title: '操作失败' },
  });

  /** Reads on demand (preview, a file to save, the folder): said in Chinese when they fail. */
  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (error) {
      notifications.show({ color: 'red', title: '操作失败', message: errorMessage(error) });
    }
  }

  async function confirmVoid(document: IssuedDocument, reason: string) {
    if (await voidPaper.run({ id: document.id, reason })) setVoiding(null);
  }

  if (documents.length === 0)
    return (
      <Text c="dimmed" size="sm">
        尚未出具文书
      </Text>
    );
  return (
    <>
      <Table.ScrollContainer minWidth={showCase ? 760 : 520} type="native">
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={NOWRAP}>文书</Table.Th>
              <Table.Th style={NOWRAP}>文号</Table.Th>
              {showCase && <Table.Th style={NOWRAP}>案件</Table.Th>}
              <Table.Th style={NOWRAP}>出具时间</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((document) => (
              <Table.Tr key={document.id} c={document.status === 'voided' ? 'dimmed' : undefined}>
                <Table.Td style={NOWRAP}>{document.title}</Table.Td>
                <Table.Td style={NOWRAP}>{document.docNumber ?? '—'}</Table.Td>
                {showCase && (
                  <Table.Td style={NOWRAP}>
                    {document.caseId === null ? (
                      '—'
                    ) : (
                      <Anchor component={Link} to={`/cases/${document.caseId}`} size="sm">
                        {document.caseNumber ?? '案件'}
                      </Anchor>
                    )}
                  </Table.Td>
                )}
                <Table.Td>{document.issuedAt ? <DateTime iso={document.issuedAt} /> : '—'}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge
                      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                      color={STATUS[document.status].color}
                      variant="light"
                    >
                      {STATUS[document.status].label}
                    </Badge>
                    {document.status === 'voided' && document.voidReason && (
                      <Text size="xs" c="dimmed" maw={220} data-testid="void-reason">
                        作废原因：{document.voidReason}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap={showCase ? 'nowrap' : 'wrap'}>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() =>
                        void run(async () =>
                          setPreview({
                            title: document.title,
                            html: (await api('documents.preview', { id: document.id })).html,
                          }),
                        )
                      }
                    >
                      预览/打印
                    </Button>
                    {document.pdfFile && (
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button size="xs" variant="subtle">
                            另存为、送达…
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            onClick={() =>
                              void run(async () =>
                                saveFile(await api('documents.file', { id: document.id, format: 'pdf' })),
                              )
                            }
                          >
                            另存为 PDF（打印用）
                          </Menu.Item>
                          <Menu.Item
                            onClick={() =>
                              void run(async () =>
                                saveFile(await api('documents.file', { id: document.id, format: 'docx' })),
                              )
                            }
                          >
                            另存为 DOCX（可编辑）
                          </Menu.Item>
                          <Menu.Item
                            onClick={() =>
                              void run(async () => {
                                const place = await api('documents.reveal', { id: document.id });
                                if (!place.shown)
                                  notifications.show({ title: '文件位置', message: place.path, autoClose: false });
                              })
                            }
                          >
                            打开所在文件夹
                          </Menu.Item>
                          {document.status === 'issued' && document.templateId !== 'service-receipt' && (
                            <Menu.Item onClick={() => setServing(document)}>登记送达，出具送达回证</Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                    {document.status === 'issued' && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setVoiding(document)}>
                        作废
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <DocumentPreview title={preview?.title ?? ''} html={preview?.html ?? null} onClose={() => setPreview(null)} />
      <Modal
        opened={serving !== null}
        onClose={() => setServing(null)}
        title={`送达 ${serving?.title ?? ''} ${serving?.docNumber ?? ''}`}
        size="lg"
      >
        {serving && <ServiceReceiptForm served={serving} onDone={() => setServing(null)} />}
      </Modal>
      <Modal
        opened={voiding !== null}
        onClose={() => setVoiding(null)}
        title={`作废 ${voiding?.docNumber ?? voiding?.title ?? ''}`}
      >
        {voiding && <VoidForm saving={voidPaper.pending} onConfirm={(reason) => void confirmVoid(voiding, reason)} />}
      </Modal>
    </>
  );
}
