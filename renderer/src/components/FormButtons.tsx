import { Button, Group, type MantineSpacing } from '@mantine/core';
import { GatedButton } from './GatedButton';

interface FormButtonsProps {
  submitLabel: string;
  /** The save is under way: the submit button spins and cannot be pressed twice. */
  saving: boolean;
  /** Leaves the form; a draft stays for next time. Without it there is no 取消. */
  onCancel?: () => void;
  color?: string;
  mt?: MantineSpacing;
  /** Why the signed-in person may not submit this (a step that is someone else's): shown on hover. */
  disabledReason?: string | null;
}

/** The end of a form: 取消 (where the form can be left) and the submit button, bottom right. */
export function FormButtons({
  submitLabel,
  saving,
  onCancel,
  color,
  mt = 'lg',
  disabledReason = null,
}: FormButtonsProps) {
  return (
    <Group justify="flex-end" mt={mt}>
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          取消
        </Button>
      )}
      <GatedButton reason={disabledReason} type="submit" loading={saving} color={color}>
        {submitLabel}
      </GatedButton>
    </Group>
  );
}
