import { createTheme } from '@mantine/core';

// Sober, legible, official: dark red accent like a seal, system CJK fonts, generous sizes for
// reviewers who read long texts all day.
export const theme = createTheme({
  primaryColor: 'seal',
  colors: {
    seal: ['#fdecec', '#f6d3d3', '#eca5a5', '#e27474', '#d94b4b', '#d43131', '#c02424', '#a81d1d', '#901818', '#771212'],
  },
  primaryShade: 7,
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif', fontWeight: '600' },
  defaultRadius: 'sm',
  fontSizes: { md: '15px' },
});
