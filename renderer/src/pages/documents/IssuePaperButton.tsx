import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { DocumentSourceKind } from '../../../../shared/contract/documents';
import { api, errorMessage } from '../../api/client';

/** 出具…: numbers, renders and stores the paper for a record; the case page's 文书 list shows it. */
export function IssuePaperButton({ kind, id, label, onIssued }: { kind: DocumentSourceKind; id: number; label: string; onIssued: () => void }) {
  const [busy, setBusy] = useState(false);
  async function issue() {
    setBusy(true);
    try {
      const issued = await api('documents.issue', { kind, id });
      notifications.show({ color: 'green', title: '已出具', message: `${issued.title}${issued.docNumber ? ` ${issued.docNumber}` : ''}，可在“文书”中预览、打印或另存` });
      onIssued();
    } catch (error) {
      notifications.show({ color: 'red', title: '未能出具', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button size="xs" leftSection={<IconFileCertificate size={14} />} loading={busy} onClick={() => void issue()}>
      {label}
    </Button>
  );
}
