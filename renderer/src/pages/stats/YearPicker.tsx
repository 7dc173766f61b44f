import { Select } from '@mantine/core';

/** The year filter every report page shares: this year and the years that have records. */
export function YearPicker({
  year,
  years,
  onChange,
}: {
  year: number;
  years?: number[];
  onChange: (year: number) => void;
}) {
  const current = new Date().getFullYear();
  const options = [...new Set([current, year, ...(years ?? [])])].sort((a, b) => b - a);
  return (
    <Select
      label="年度"
      w={120}
      allowDeselect={false}
      data={options.map((y) => ({ value: String(y), label: `${y}年` }))}
      value={String(year)}
      onChange={(value) => value && onChange(Number(value))}
    />
  );
}
