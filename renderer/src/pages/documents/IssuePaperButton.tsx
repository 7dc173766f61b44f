import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import type { DocumentSourceKind } from '../../../../shared/contract/documents';
import { DOCUMENTS_WITH_CC } from '../../../../shared/contract/documents';
import { useApiMutation } from '../../api/useApi';

/**
 * 出具…: numbers, renders and stores the paper for a record; the case page's 文书 list shows it.
 * It asks first, since issuing takes a number for good (a mistake is voided, never undone); a paper
 * with a 版记 (the transfer letter) also asks whom it is copied to (抄送), which may be nobody.
 */
export function IssuePaperButton({ kind, id, label }: { kind: DocumentSourceKind; id: number; label: string }) {
  const [asking, setAsking] = useState(false);
  const [cc, setCc] = useState('');
  const withCc = DOCUMENTS_WITH_CC.includes(kind);

  const issuing = useApiMutation('documents.issue', {
    success: {
      title: '已出具',
      message: (issued) =>
        `${issued.title}${issued.docNumber ? ` ${issued.docNumber}` : ''}，可在“文书”中预览、打印或另存`,
    },
    failure: { title: '未能出具', autoClose: 12_000 },
  });

  async function issue() {
    const issued = await issuing.run({ kind, id, ...(withCc ? { cc } : {}) });
    // A refusal says what to do first (void the earlier paper, fill in 设置…), elsewhere on the page.
    setAsking(false);
    if (issued) setCc('');
  }

  return (
    <>
      <Button size="xs" leftSection={<IconFileCertificate size={14} />} onClick={() => setAsking(true)}>
        {label}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={label}>
        <Stack gap="sm">
          {withCc && (
            <TextInput
              label="抄送机关"
              description="可不填。多个机关用顿号分隔，例如：区司法局、区城市管理局；印在文书末页的版记中。"
              value={cc}
              onChange={(event) => setCc(event.currentTarget.value)}
              data-autofocus
            />
          )}
          <Text size="sm" c={withCc ? 'dimmed' : undefined}>
            出具后即取得文号，文书不能修改，只能作废后重新出具（作废的文号留有记录，不再使用）。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              取消
            </Button>
            <Button
              loading={issuing.pending}
              onClick={() => void issue()}
              {...(withCc ? {} : { 'data-autofocus': true })}
            >
              出具
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
