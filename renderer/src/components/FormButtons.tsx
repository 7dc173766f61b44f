import { Button, Group, type MantineSpacing } from '@mantine/core';

interface FormButtonsProps {
  submitLabel: string;
  /** The save is under way: the submit button spins and cannot be pressed twice. */
  saving: boolean;
  /** Leaves the form; a draft stays for next time. Without it there is no 取消. */
  onCancel?: () => void;
  color?: string;
  mt?: MantineSpacing;
}

/** The end of a form: 取消 (where the form can be left) and the submit button, bottom right. */
export function FormButtons({ submitLabel, saving, onCancel, color, mt = 'lg' }: FormButtonsProps) {
  return (
    <Group justify="flex-end" mt={mt}>
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          取消
        </Button>
      )}
      <Button type="submit" loading={saving} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}
