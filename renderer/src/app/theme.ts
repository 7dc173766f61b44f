import { Anchor, Badge, Input, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { formatDate } from '../lib/format';
import './focus.css';
import './layout.css';

// Sober, legible, official: dark red accent like a seal, system CJK fonts, generous sizes for
// reviewers who read long texts all day.
//
// Focus is drawn in ink blue, never in the seal red: red is what a field in error looks like, and
// a reviewer must be able to tell "the cursor is here" from "this is wrong" at a glance.
export const theme = createTheme({
  primaryColor: 'seal',
  colors: {
    seal: [
      '#fdecec',
      '#f6d3d3',
      '#eca5a5',
      '#e27474',
      '#d94b4b',
      '#d43131',
      '#c02424',
      '#a81d1d',
      '#901818',
      '#771212',
    ],
    ink: ['#e8f1fb', '#d2e2f4', '#a4c3e8', '#74a3dc', '#4d87d1', '#3576c9', '#2a6bc5', '#1e5aae', '#15508f', '#0b4175'],
  },
  primaryShade: 7,
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  headings: {
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif',
    fontWeight: '600',
  },
  defaultRadius: 'sm',
  // The smallest text is still read at arm's length on an office monitor: 13px, not 12px.
  fontSizes: { xs: '13px', md: '15px' },
  // Keyboard focus ring of buttons, checkboxes, tabs…: see focus.css.
  focusClassName: 'fashen-focus',
  components: {
    // Every text field, select and date input draws its focused border from --input-bd-focus
    // (by default the primary colour, i.e. the same red as an error).
    Input: Input.extend({ styles: { input: { '--input-bd-focus': 'var(--mantine-color-ink-6)' } } }),
    // A status is never cut to "立案…": badges keep their whole (short) label and do not shrink.
    Badge: Badge.extend({
      styles: { root: { flexShrink: 0, overflow: 'visible', textTransform: 'none' }, label: { overflow: 'visible' } },
    }),
    // Links in ink, underlined on hover only: never the browser's blue underline.
    Anchor: Anchor.extend({ defaultProps: { c: 'ink.7', underline: 'hover' } }),
    // Date pickers read the way Chinese calendars do ("2026年11月", not "十一月 2026"); the locale
    // itself (zh-cn: weekday names, 11月) is set by DatesProvider in App.tsx.
    MonthLevel: { defaultProps: { monthLabelFormat: 'YYYY年M月' } },
    YearLevel: { defaultProps: { yearLabelFormat: 'YYYY年' } },
    Month: { defaultProps: { getDayAriaLabel: (date: string) => formatDate(date) } },
  },
});

/** "Dimmed" text (notes, sources, legal citations) dark enough to read: gray 7 on white, not gray 6. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
