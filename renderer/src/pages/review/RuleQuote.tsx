import { Box, Text } from '@mantine/core';

/**
 * A rule quoted from its source, set apart like a citation in a brief: the words in the source's
 * own wording, the document and section beneath.
 */
export function RuleQuote({
  children,
  citation,
  size = 'sm',
}: {
  children: string;
  citation: string;
  size?: 'xs' | 'sm' | 'md';
}) {
  return (
    <Box
      component="figure"
      m={0}
      py={6}
      px="sm"
      style={{ borderLeft: '3px solid var(--mantine-color-seal-3)', background: 'var(--mantine-color-gray-0)' }}
    >
      <Text
        component="blockquote"
        m={0}
        size={size}
        lh={1.7}
        style={{ fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif' }}
      >
        “{children}”
      </Text>
      <Text component="figcaption" size="xs" c="dimmed" mt={2}>
        ——{citation}
      </Text>
    </Box>
  );
}
