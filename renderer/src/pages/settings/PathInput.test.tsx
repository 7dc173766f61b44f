import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { setTransport } from '../../api/client';
import type { Transport } from '../../api/transport';
import { PathInput } from './PathInput';

// A path is typed in browser mode; the desktop app adds 选择…, which opens the system dialog. Whether
// this is the desktop app is asked once per launch, not by each of the page's path fields.

function Field({ label }: { label: string }) {
  const [value, setValue] = useState('');
  return <PathInput label={label} placeholder="" purpose="backup-folder" value={value} onChange={setValue} />;
}

function setUp(desktop: boolean, chosen: string | null = null) {
  const transport = vi.fn<Transport>(async (method) => {
    if (method === 'system.info')
      return {
        ok: true,
        value: { appVersion: '0', dataDir: '/d', databasePath: '/d/f.db', schemaVersion: 7, desktop },
      };
    if (method === 'data.choosePath') return { ok: true, value: { available: desktop, path: chosen } };
    return { ok: false, error: { code: 'UNEXPECTED', message: method } };
  });
  setTransport(transport);
  render(
    <MantineProvider>
      <Notifications />
      <Field label="备份文件夹" />
      <Field label="恢复文件" />
      <Field label="字体文件" />
    </MantineProvider>,
  );
  return { transport, user: userEvent.setup() };
}

afterEach(cleanup);

describe('PathInput', () => {
  it('offers the system dialog in the desktop app, asking only once whether it is one', async () => {
    const { transport, user } = setUp(true, 'E:\\备份');
    const buttons = await screen.findAllByRole('button', { name: '选择…' });
    expect(buttons).toHaveLength(3);
    expect(transport.mock.calls.filter(([method]) => method === 'system.info')).toHaveLength(1);
    await user.click(buttons[0]!);
    expect(await screen.findByDisplayValue('E:\\备份')).toBe(screen.getByRole('textbox', { name: '备份文件夹' }));
  });

  it('keeps the typed path and offers no dialog in browser mode', async () => {
    const { transport, user } = setUp(false);
    await vi.waitFor(() => expect(transport).toHaveBeenCalledWith('system.info', {}));
    await user.type(screen.getByRole('textbox', { name: '恢复文件' }), '/media/u盘/a.db');
    expect(screen.getByRole('textbox', { name: '恢复文件' })).toHaveProperty('value', '/media/u盘/a.db');
    expect(screen.queryByRole('button', { name: '选择…' })).toBeNull();
  });
});
