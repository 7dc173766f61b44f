import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { LedgerFilters, LedgerKind } from '../../../../shared/contract';
import { LEDGER_KIND_LABELS } from '../../../../shared/contract/ledgers';
import { api, errorMessage } from '../../api/client';
import { saveFile } from '../documents/fileActions';

/**
 * 导出台账 on a register's list: the ledger of what the list shows (its filters as they are now),
 * saved through the same download path as the papers (browser: the download; desktop: 另存为).
 */
export function ExportLedgerButton({ what, filters = {} }: { what: LedgerKind; filters?: Partial<LedgerFilters> }) {
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    try {
      saveFile(await api('ledgers.export', { what, year: null, filters }));
    } catch (error) {
      notifications.show({ color: 'red', title: '导出失败', message: errorMessage(error) });
    } finally {
      setPending(false);
    }
  }
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={pending}
      onClick={() => void run()}
      title={`按当前筛选条件导出${LEDGER_KIND_LABELS[what]}（Excel）`}
    >
      导出台账
    </Button>
  );
}
