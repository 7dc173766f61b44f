import type { ReactNode } from 'react';
import { Alert, Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { TriggerAssessmentView } from '../../../../shared/contract';
import { REVIEW_RULE_CITATION, TRIGGERS } from '../../../../shared/domain/review';
import type { JudgementKey } from '../../../../shared/domain/review';

function keyOf(id: number): JudgementKey | null {
  const basis = TRIGGERS[id - 1]?.basis;
  return basis?.kind === 'judgement' ? basis.key : null;
}

/** Whether review is mandatory, said plainly before the details. */
export function TriggerVerdict({ assessment }: { assessment: TriggerAssessmentView }) {
  const held = assessment.triggers.filter((trigger) => trigger.holds).map((trigger) => trigger.id);
  if (assessment.required) {
    return (
      <Alert color="seal" variant="light" title="应当在作出决定前进行法制审核" data-testid="review-required">
        本案属于第{held.join('、')}项情形（{REVIEW_RULE_CITATION}）。审核标准取自规则配置“{assessment.profile.name}”。
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" title="不属于应当法制审核的情形" data-testid="review-not-required">
      八项情形均不适用，法制审核不是本案的必经程序；本单位仍可决定送审。审核标准取自规则配置“{assessment.profile.name}
      ”。
    </Alert>
  );
}

/**
 * The eight triggers, each with the rule's wording and why it holds or not. `judgement` renders
 * the handler's own answer for triggers 1, 2, 3, 5 and 8 when the list is being filled in.
 */
export function TriggerTable({
  assessment,
  judgement,
}: {
  assessment: TriggerAssessmentView;
  judgement?: (key: JudgementKey) => ReactNode;
}) {
  return (
    <Stack gap={0} aria-label="应当法制审核的情形">
      {assessment.triggers.map((trigger) => {
        const key = keyOf(trigger.id);
        return (
          <Group
            key={trigger.id}
            wrap="nowrap"
            align="flex-start"
            gap="sm"
            py="xs"
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            data-testid={`trigger-${trigger.id}`}
            data-holds={trigger.holds}
          >
            <ThemeIcon
              size={26}
              radius="xl"
              variant={trigger.holds ? 'filled' : 'light'}
              color={trigger.holds ? 'seal' : 'gray'}
            >
              <Text size="xs" fw={700}>
                {trigger.id}
              </Text>
            </ThemeIcon>
            <Stack gap={4} style={{ flex: 1 }}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {trigger.label}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Badge size="sm" variant="outline" color="gray" radius="sm">
                    {trigger.basis === 'data' ? '依案件数据' : '承办人判断'}
                  </Badge>
                  <Badge
                    size="sm"
                    color={trigger.holds ? 'seal' : 'gray'}
                    variant={trigger.holds ? 'filled' : 'light'}
                    radius="sm"
                  >
                    {trigger.holds ? '是' : '否'}
                  </Badge>
                </Group>
              </Group>
              <Text
                size="xs"
                c="dimmed"
                lh={1.6}
                style={{ fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif' }}
              >
                “{trigger.wording}”
              </Text>
              {key && judgement ? judgement(key) : <Text size="sm">{trigger.reason}</Text>}
            </Stack>
          </Group>
        );
      })}
      <Text size="xs" c="dimmed" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        以上八项引自{REVIEW_RULE_CITATION}
        。“以上”含本数，金额恰好达到审核标准的即属第6项；罚款、没收违法所得、没收非法财物价值各自与标准比较，不合并计算。
      </Text>
    </Stack>
  );
}
