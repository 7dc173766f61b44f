import { Radio, Stack, type RadioGroupProps } from '@mantine/core';

interface ChoiceRadiosProps<V extends string> extends Omit<RadioGroupProps, 'children'> {
  /** The contract's enum, in the order it lists the choices. */
  values: readonly V[];
  labels: Record<V, string>;
}

/** One of a contract enum's values as a column of radio buttons: how a step records an answer or a decision. */
export function ChoiceRadios<V extends string>({ values, labels, ...group }: ChoiceRadiosProps<V>) {
  return (
    <Radio.Group {...group}>
      <Stack gap={6} mt={6}>
        {values.map((value) => (
          <Radio key={value} value={value} label={labels[value]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
