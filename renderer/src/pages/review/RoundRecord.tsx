import { Alert, Card, Grid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReviewRound } from '../../../../shared/contract';
import { DISCRETION_LABELS, PARTY_TYPE_LABELS, PENALTY_KIND_LABELS } from '../../../../shared/domain/case';
import { formatFenAsYuan } from '../../../../shared/money';
import { formatDate, formatInstant } from '../../lib/format';
import { FindingsTable } from './FindingsTable';
import { MaterialsTable } from './MaterialsTable';
import { NoticeCard } from './NoticeCard';
import { SignedOpinion } from './OpinionPanel';
import { SuggestionCard } from './SuggestionCard';
import { TriggerTable, TriggerVerdict } from './TriggerTable';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Title order={3} fz={17} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** One round, whole and read-only, as it was submitted and (if so) signed. Earlier rounds read here. */
export function RoundRecord({ round }: { round: ReviewRound }) {
  const d = round.decision;
  const facts: Array<[string, string]> = [
    ['当事人', `${d.party.name}（${PARTY_TYPE_LABELS[d.party.type]}）`],
    ['违法事实', d.facts],
    ['拟处罚种类', d.penaltyKinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、')],
    ['罚款', d.fineFen > 0 ? `${formatFenAsYuan(d.fineFen)} 元` : '—'],
    [
      '没收违法所得 / 非法财物',
      `${formatFenAsYuan(d.illegalGainsFen)} 元 / ${formatFenAsYuan(d.illegalPropertyFen)} 元`,
    ],
    ['裁量情节', DISCRETION_LABELS[d.discretion]],
    ['法律依据', d.legalBasis || '—'],
    ['承办人', d.handlers.map((handler) => handler.name).join('、')],
    [
      '送审',
      `${round.submittedBy}，${formatInstant(round.submittedAt)}；拟作出决定日期 ${formatDate(round.decisionDate)}`,
    ],
    ['审核人员', `法制审核员 ${round.reviewer?.name ?? '未指定'}；法制审核机构负责人 ${round.head?.name ?? '未指定'}`],
  ];
  return (
    <Grid gap="lg">
      <Grid.Col span={7}>
        <Stack gap="md">
          <Section title="送审时的拟处理决定">
            <Table variant="vertical" withTableBorder fz="sm" verticalSpacing={6}>
              <Table.Tbody>
                {facts.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={170} c="dimmed" fw={500}>
                      {label}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title="九项审核结论">
            <FindingsTable round={round} editable={false} />
          </Section>
          <Section title="送审材料">
            <Stack gap="xs">
              <MaterialsTable materials={round.materials} />
              {round.notice && <NoticeCard notice={round.notice} />}
              {round.materialsAcceptedAt && (
                <Text size="xs" c="dimmed">
                  {round.materialsAcceptedBy} 于 {formatInstant(round.materialsAcceptedAt)} 受理审核。
                </Text>
              )}
            </Stack>
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={5}>
        <Stack gap="md">
          {round.chosenOpinion && round.reviewerSignedAt ? (
            <SignedOpinion round={round} />
          ) : (
            <Alert color="gray">本轮审核意见尚未签署。</Alert>
          )}
          {round.suggestion && (
            <SuggestionCard suggestion={round.suggestion} frozen={round.reviewerSignedAt !== null} />
          )}
          <Section title="是否应当法制审核（送审时）">
            <Stack gap="xs">
              <TriggerVerdict assessment={round.triggers} />
              <TriggerTable assessment={round.triggers} />
            </Stack>
          </Section>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
