import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { DateField } from './DateField';

afterEach(cleanup);

let lastValue: string | null | undefined;

function Field({ initial = null, error, clearable }: { initial?: string | null; error?: string; clearable?: boolean }) {
  const [value, setValue] = useState<string | null>(initial);
  lastValue = value;
  return (
    <DateField
      label="移送函落款日期"
      value={value}
      clearable={clearable}
      error={error}
      onChange={(next) => {
        lastValue = next;
        setValue(next);
      }}
    />
  );
}

function renderField(props: Parameters<typeof Field>[0] = {}) {
  return render(
    <MantineProvider>
      <DatesProvider settings={{ locale: 'zh-cn' }}>
        <Field {...props} />
      </DatesProvider>
    </MantineProvider>,
  );
}

describe('DateField', () => {
  it('takes a date typed the Chinese way and shows it normalised with its weekday', async () => {
    const user = userEvent.setup();
    renderField();
    const input = screen.getByLabelText('移送函落款日期');
    await user.type(input, '２０２６年１２月３日');
    expect(lastValue).toBe('2026-12-03');
    await user.tab();
    expect(input).toHaveProperty('value', '2026-12-03');
    expect(screen.getByText('周四')).toBeTruthy();
  });

  it('refuses an impossible date in Chinese and keeps it as typed, never another day', async () => {
    const user = userEvent.setup();
    renderField({ initial: '2026-12-01' });
    const input = screen.getByLabelText('移送函落款日期');
    await user.clear(input);
    await user.type(input, '2026-12-32');
    await user.tab();
    expect(input).toHaveProperty('value', '2026-12-32');
    expect(screen.getByText(/2026年12月没有32日/)).toBeTruthy();
    // The form holds the text, which its check refuses: not 2027-01-01, not the earlier 2026-12-01.
    expect(lastValue).toBe('2026-12-32');
    await user.type(input, '{Backspace}{Backspace}03');
    expect(screen.queryByText(/没有32日/)).toBeNull();
    expect(lastValue).toBe('2026-12-03');
  });

  it('empties to null, with the clear button too', async () => {
    const user = userEvent.setup();
    renderField({ initial: '2026-12-03', clearable: true });
    expect(screen.getByLabelText('移送函落款日期')).toHaveProperty('value', '2026-12-03');
    await user.click(screen.getByRole('button', { name: '清空' }));
    expect(lastValue).toBeNull();
    expect(screen.getByLabelText('移送函落款日期')).toHaveProperty('value', '');
  });

  it("shows the form's own error when the text is a date", () => {
    renderField({ initial: '2026-12-03', error: '决定日期不得早于审核意见签署日期' });
    expect(screen.getByText('决定日期不得早于审核意见签署日期')).toBeTruthy();
  });
});
