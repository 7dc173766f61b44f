import { useState, type FocusEvent } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { halfWidthDigits } from '../lib/halfWidth';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const TIME_FORMAT_ERROR = '请按24小时制填写“时:分”，例如 09:30 或 15:20';

/**
 * A clock time as typed, in the 24-hour "HH:mm" the papers and the back end use: "9:30", "0930",
 * "９：３０" and "9点30" all read as "09:30". Returns the text unchanged when it is not a time of
 * day, so the field can say so rather than guess.
 */
export function normalizeTime(text: string): string {
  const plain = halfWidthDigits(text.trim())
    .replace(/[：:.．点时]/g, ':')
    .replace(/[分]$/, '')
    .replace(/:$/, ':00');
  const parts = /^(\d{1,2}):(\d{2})$/.exec(plain) ?? /^(\d{1,2})(\d{2})$/.exec(plain);
  if (!parts) return text;
  const time = `${parts[1]!.padStart(2, '0')}:${parts[2]}`;
  return HH_MM.test(time) ? time : text;
}

export function isTime(text: string): boolean {
  return HH_MM.test(text);
}

type TimeFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: string | null;
  /** Called with the text (as typed, then tidied to HH:mm on leaving the field). Accepts Mantine form's onChange. */
  onChange?: (value: string) => void;
};

/**
 * The one time-of-day field of the app: a plain text box for "HH:mm", the same on every system.
 * (A native time input shows "11:04 PM" or "--:-- --" on a PC set to 12-hour time.) On leaving the
 * field the text is tidied to HH:mm, and anything that is still not a time is flagged in Chinese;
 * the form's own error, when it has one, takes precedence.
 */
export function TimeField({
  value,
  onChange,
  onBlur,
  error,
  placeholder = '时:分，如 09:30',
  ...rest
}: TimeFieldProps) {
  const [invalid, setInvalid] = useState(false);
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      placeholder={placeholder}
      {...rest}
      value={value ?? ''}
      error={error || (invalid ? TIME_FORMAT_ERROR : undefined)}
      onChange={(event) => {
        setInvalid(false);
        onChange?.(event.currentTarget.value);
      }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const typed = event.currentTarget.value;
        const tidy = normalizeTime(typed);
        if (tidy !== typed) onChange?.(tidy);
        setInvalid(tidy.trim() !== '' && !isTime(tidy));
        onBlur?.(event);
      }}
    />
  );
}
