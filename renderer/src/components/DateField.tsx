import { useState, type FocusEvent } from 'react';
import { ActionIcon, CloseButton, Group, Popover, Text, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { readDate, weekdayOf } from '../lib/dateText';

type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'rightSection'> & {
  /** YYYY-MM-DD, or null/'' when empty; anything else is text that is not (yet) a date. */
  value?: string | null;
  /**
   * Called with YYYY-MM-DD when the text is a date, null when the field is emptied, and the typed
   * text itself when it is not a date — so the form's check refuses it and nothing else is saved
   * in its place. Accepts Mantine form's onChange.
   */
  onChange?: (value: string | null) => void;
  /** Earliest and latest day the calendar offers (typing is checked by the form). */
  minDate?: string;
  maxDate?: string;
  /** Offers a × that empties the field (for dates that may be left out). */
  clearable?: boolean;
};

/**
 * The one date field of the app. Takes a date however it is typed — 2026-12-03, 2026/12/3,
 * 2026.12.3, 2026年12月3日, 20261203, full-width digits — or picked from the calendar, and shows it
 * as 2026-12-03 with its weekday once the cursor leaves. A date that does not exist (2026-02-29,
 * 2026/13/01) is said so in Chinese under the field and stays as typed: it is never rolled over
 * into another day, and the form cannot be saved with it. The form's own error, when it has one
 * and the text is a date, is shown instead.
 */
export function DateField({
  value,
  onChange,
  onBlur,
  error,
  minDate,
  maxDate,
  placeholder = '如 2026-12-03',
  disabled,
  readOnly,
  clearable,
  ...rest
}: DateFieldProps) {
  const external = value ?? '';
  const [text, setText] = useState(external);
  const [shown, setShown] = useState(external);
  const [problem, setProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  // The form changed the value itself (a draft restored, a reset, a date prefilled): show it.
  if (external !== shown) {
    setShown(external);
    setText(external);
    setProblem(null);
  }
  const reading = text.trim() === '' ? null : readDate(text);
  const iso = reading?.ok ? reading.iso : null;
  const canClear = clearable && text !== '' && !disabled && !readOnly;

  function send(next: string | null) {
    setShown(next ?? '');
    onChange?.(next);
  }

  function typed(next: string) {
    setText(next);
    setProblem(null);
    if (next.trim() === '') return send(null);
    const read = readDate(next);
    send(read.ok ? read.iso : next);
  }

  return (
    <TextInput
      autoComplete="off"
      placeholder={placeholder}
      disabled={disabled}
      readOnly={readOnly}
      {...rest}
      value={text}
      error={problem ?? error}
      rightSectionWidth={(iso ? 36 : 0) + (canClear ? 28 : 0) + 40}
      rightSectionPointerEvents="all"
      rightSection={
        <Group gap={4} wrap="nowrap" pr={6} justify="flex-end" w="100%">
          {iso && (
            <Text size="sm" c="dimmed" aria-hidden>
              {weekdayOf(iso)}
            </Text>
          )}
          {canClear && (
            <CloseButton
              size="sm"
              aria-label="清空"
              onClick={() => {
                setText('');
                setProblem(null);
                send(null);
              }}
            />
          )}
          <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus withinPortal>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label="打开日历"
                disabled={disabled || readOnly}
                onClick={() => setOpened((open) => !open)}
              >
                <IconCalendar size={16} />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <DatePicker
                value={iso}
                defaultDate={iso ?? undefined}
                minDate={minDate}
                maxDate={maxDate}
                onChange={(picked) => {
                  setOpened(false);
                  setText(picked ?? '');
                  setProblem(null);
                  send(picked);
                }}
              />
            </Popover.Dropdown>
          </Popover>
        </Group>
      }
      onChange={(event) => typed(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        if (text.trim() === '') setText('');
        else {
          const read = readDate(text);
          if (read.ok) setText(read.iso);
          setProblem(read.ok ? null : read.message);
        }
        onBlur?.(event);
      }}
    />
  );
}
