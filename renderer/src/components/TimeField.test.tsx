import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { TIME_FORMAT_ERROR, TimeField, normalizeTime } from './TimeField';

afterEach(cleanup);

function Field({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return <TimeField label="送达时间" value={value} onChange={setValue} error={error} />;
}

describe('TimeField', () => {
  it('reads the ways people type a time as 24-hour HH:mm', () => {
    const typed: Record<string, string> = {
      '9:30': '09:30',
      '09:30': '09:30',
      '930': '09:30',
      '1520': '15:20',
      '９：３０': '09:30',
      '15：20': '15:20',
      '9点30分': '09:30',
      '9点': '09:00',
      ' 23:59 ': '23:59',
      '0:05': '00:05',
    };
    for (const [text, time] of Object.entries(typed)) expect(normalizeTime(text), text).toBe(time);
  });

  it('leaves what is not a time of day as typed, for the field to flag', () => {
    for (const text of ['24:00', '9:60', '11:04 PM', 'abc', '9', '12345']) expect(normalizeTime(text), text).toBe(text);
  });

  it('tidies the text on leaving the field and says in Chinese when it is still not a time', async () => {
    const user = userEvent.setup();
    render(
      <MantineProvider>
        <Field />
      </MantineProvider>,
    );
    const input = screen.getByLabelText('送达时间');
    await user.type(input, '９：０５');
    await user.tab();
    expect(input).toHaveProperty('value', '09:05');
    expect(screen.queryByText(TIME_FORMAT_ERROR)).toBeNull();

    await user.clear(input);
    await user.type(input, '25:00');
    await user.tab();
    expect(screen.getByText(TIME_FORMAT_ERROR)).toBeTruthy();
    await user.type(input, 'x');
    expect(screen.queryByText(TIME_FORMAT_ERROR)).toBeNull();
  });

  it("shows the form's own error first", () => {
    render(
      <MantineProvider>
        <Field error="请填写送达时间" />
      </MantineProvider>,
    );
    expect(screen.getByText('请填写送达时间')).toBeTruthy();
  });
});
