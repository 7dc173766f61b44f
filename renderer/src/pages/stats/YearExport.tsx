import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { download } from './download';
import { YearPicker } from './YearPicker';

type YearFileMethod = 'evaluation.export' | 'training.export' | 'publicity.export';

/**
 * The year a report page shows: the office's year (not this computer's, which may already be in the
 * next one on New Year's Eve) until the person picks another.
 */
export function useOfficeYear(): [number, (year: number) => void] {
  const today = useOfficeNow()?.today;
  const [chosen, setChosen] = useState<number | null>(null);
  return [chosen ?? (today ? Number(today.slice(0, 4)) : new Date().getFullYear()), setChosen];
}

/** The year picker and the export button a yearly register page carries in its header. */
export function YearExport({
  year,
  onChange,
  method,
  label = '导出 Excel',
}: {
  year: number;
  onChange: (year: number) => void;
  method: YearFileMethod;
  label?: string;
}) {
  return (
    <Group align="flex-end">
      <YearPicker year={year} onChange={onChange} />
      <Button leftSection={<IconDownload size={16} />} variant="light" onClick={() => void download(method, { year })}>
        {label}
      </Button>
    </Group>
  );
}
