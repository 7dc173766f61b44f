import { Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import type { OpinionSuggestionView } from '../../../../shared/contract';
import { OPINIONS, REVIEW_RULE_CITATION } from '../../../../shared/domain/review';
import { opinionTitle } from './labels';
import { RuleQuote } from './RuleQuote';

/** The opinion the findings call for, why, and the rule that says so. */
export function SuggestionCard({ suggestion, frozen }: { suggestion: OpinionSuggestionView; frozen: boolean }) {
  const definition = OPINIONS[suggestion.opinion - 1];
  return (
    <Card withBorder padding="lg" data-testid="opinion-suggestion">
      <Stack gap="sm">
        <Group gap="sm">
          <ThemeIcon variant="light" color="seal" size="lg">
            <IconScale size={20} />
          </ThemeIcon>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {frozen ? '签署时依审核结论建议的意见' : '依九项审核结论，建议的意见'}
            </Text>
            <Title order={3} fz={20}>
              {opinionTitle(suggestion.opinion)}
            </Title>
          </Stack>
        </Group>
        <Text size="sm" lh={1.7}>
          {suggestion.explanation}
        </Text>
        {definition && (
          <RuleQuote
            citation={`${REVIEW_RULE_CITATION}，书面审核意见第${definition.number}项`}
          >{`${definition.when},${definition.proposal}`}</RuleQuote>
        )}
        <Text size="xs" c="dimmed">
          建议规则（依次判断）：
        </Text>
        <List size="xs" c="dimmed" spacing={0} type="ordered">
          <List.Item>任一要点认定涉嫌犯罪 → 意见5 移送司法机关；</List.Item>
          <List.Item>否则，认定不属于本机关管辖 → 意见4 移送有管辖权的机关；</List.Item>
          <List.Item>否则，任一要点存在严重问题 → 意见3 不予作出；</List.Item>
          <List.Item>否则，任一要点存在瑕疵 → 意见2 纠正完善后再送审；</List.Item>
          <List.Item>九项均符合 → 意见1 同意。</List.Item>
        </List>
      </Stack>
    </Card>
  );
}
