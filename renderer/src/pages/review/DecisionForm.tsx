import {
  Alert,
  Card,
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateField } from '../../components/DateField';
import type { ReviewRound } from '../../../../shared/contract';
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../../shared/domain/case';
import { fenToYuanInput, formatFenAsYuan } from '../../../../shared/money';
import { parseTypedYuan } from '../../lib/money';
import { useApiMutation } from '../../api/useApi';
import { GatedButton } from '../../components/GatedButton';
import { useActing } from '../../app/operatorStore';
import { DraftBanner } from '../../components/DraftBanner';
import { formatInstant } from '../../lib/format';
import { useDraftForm } from '../../lib/useDraftForm';
import { reviewStep } from './stepFeedback';

interface DecisionValues extends Record<string, unknown> {
  agrees: string;
  reason: string;
  complexOrMajor: boolean;
  collectiveDate: string | null;
  collectiveParticipants: string;
  collectiveSummary: string;
  decisionNumber: string;
  decisionDate: string | null;
  /** The penalty as decided: prefilled with the proposal the review passed; may only be narrowed. */
  decidedKinds: string[];
  decidedFineYuan: string;
  decidedGainsYuan: string;
  decidedPropertyYuan: string;
}

/** Server fields of the decided penalty → this form's fields. */
const DECIDED_FIELDS: Record<string, string> = {
  'decidedPenalty.penaltyKinds': 'decidedKinds',
  'decidedPenalty.fineFen': 'decidedFineYuan',
  'decidedPenalty.illegalGainsFen': 'decidedGainsYuan',
  'decidedPenalty.illegalPropertyFen': 'decidedPropertyYuan',
  decidedPenalty: 'decidedKinds',
};

const RULE = '《中华人民共和国行政处罚法》第五十七条';

/**
 * The 行政执法机关负责人's decision after an opinion 1 has been signed by the reviewer and the
 * 法制审核机构负责人: agrees or not, 集体讨论 where the case is complex or major, the decision's number.
 */
export function DecisionForm({ round }: { round: ReviewRound }) {
  const initial: DecisionValues = {
    agrees: 'yes',
    reason: '',
    complexOrMajor: round.collectiveRequired,
    collectiveDate: null,
    collectiveParticipants: '',
    collectiveSummary: '',
    decisionNumber: '',
    decisionDate: null,
    decidedKinds: [...round.decision.penaltyKinds],
    decidedFineYuan: round.decision.fineFen ? fenToYuanInput(round.decision.fineFen) : '',
    decidedGainsYuan: round.decision.illegalGainsFen ? fenToYuanInput(round.decision.illegalGainsFen) : '',
    decidedPropertyYuan: round.decision.illegalPropertyFen ? fenToYuanInput(round.decision.illegalPropertyFen) : '',
  };
  const proposedKinds = round.decision.penaltyKinds;
  const { form, restored, discardDraft, saved } = useDraftForm<DecisionValues>(`review-decision-${round.id}`, initial);
  const acting = useActing();
  const decide = useApiMutation('review.recordDecision', {
    ...reviewStep<'review.recordDecision'>(undefined, (field, message) =>
      form.setFieldError(DECIDED_FIELDS[field] ?? field, message),
    ),
    success: {
      title: '已完成',
      color: 'teal',
      message: (_output, input) => (input.agrees ? '决定已登记' : '已登记不同意，案件退回承办机构'),
    },
  });
  const values = form.getValues();
  const agrees = values.agrees === 'yes';

  async function record() {
    const v = form.getValues();
    const yes = v.agrees === 'yes';
    const amount = (field: 'decidedFineYuan' | 'decidedGainsYuan' | 'decidedPropertyYuan'): number | undefined => {
      if (!v[field].trim()) return 0;
      const fen = parseTypedYuan(v[field]);
      if (fen === null) form.setFieldError(field, '请填写金额数字，例如 1500 或 1,500.50');
      return fen ?? undefined;
    };
    const fine = amount('decidedFineYuan');
    const gains = amount('decidedGainsYuan');
    const property = amount('decidedPropertyYuan');
    if (yes && (fine === undefined || gains === undefined || property === undefined)) return;
    const input = {
      roundId: round.id,
      agrees: yes,
      reason: yes ? '' : v.reason,
      complexOrMajor: v.complexOrMajor,
      collectiveDate: v.complexOrMajor ? v.collectiveDate : null,
      collectiveParticipants: v.complexOrMajor ? v.collectiveParticipants : '',
      collectiveSummary: v.complexOrMajor ? v.collectiveSummary : '',
      decisionNumber: yes ? v.decisionNumber : '',
      decisionDate: yes ? v.decisionDate : null,
      decidedPenalty: yes
        ? {
            penaltyKinds: v.decidedKinds as PenaltyKind[],
            fineFen: v.decidedKinds.includes('fine') ? (fine ?? 0) : 0,
            illegalGainsFen: v.decidedKinds.includes('confiscate-gains') ? (gains ?? 0) : 0,
            illegalPropertyFen: v.decidedKinds.includes('confiscate-property') ? (property ?? 0) : 0,
          }
        : null,
    };
    if (await decide.run(input)) saved();
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label="行政执法机关负责人决定">
      <Stack gap="sm">
        <Title order={3} fz={17}>
          行政执法机关负责人决定
        </Title>
        <Text size="sm" c="dimmed">
          审核意见由审核员和法制审核机构负责人签署后，由行政执法机关负责人作出决定（{RULE}
          ）；决定人不得是本案承办人、审核员或法制审核机构负责人。
        </Text>
        <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
        <Radio.Group label="对拟作出的决定" {...form.getInputProps('agrees')}>
          <Group mt={6}>
            <Radio value="yes" label="同意作出决定" />
            <Radio value="no" label="不同意（退回承办机构）" />
          </Group>
        </Radio.Group>
        {!agrees && (
          <Textarea label="不同意的理由" withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        )}
        <Checkbox
          label="情节复杂或者重大违法行为，经集体讨论决定"
          description={
            round.collectiveRequired ? '送审时认定案件情况疑难复杂，应当集体讨论决定（第五十七条第二款）' : undefined
          }
          disabled={round.collectiveRequired}
          {...form.getInputProps('complexOrMajor', { type: 'checkbox' })}
        />
        {values.complexOrMajor && (
          <>
            <SimpleGrid cols={2}>
              <DateField label="集体讨论日期" withAsterisk {...form.getInputProps('collectiveDate')} />
              <TextInput
                label="参加人员"
                withAsterisk
                placeholder="以顿号分隔，例如：张志强、李某、王某"
                {...form.getInputProps('collectiveParticipants')}
              />
            </SimpleGrid>
            <Textarea label="集体讨论意见" autosize minRows={2} {...form.getInputProps('collectiveSummary')} />
          </>
        )}
        {agrees && (
          <SimpleGrid cols={2}>
            <TextInput label="行政处罚决定书文号" withAsterisk {...form.getInputProps('decisionNumber')} />
            <DateField
              label="决定日期"
              withAsterisk
              description="不得早于审核意见签署日期"
              {...form.getInputProps('decisionDate')}
            />
          </SimpleGrid>
        )}
        {agrees && (
          <Stack gap={6}>
            <Checkbox.Group
              label="决定的处罚种类"
              description="按决定书填写；只能在经法制审核的拟处罚范围内减轻，加重须重新送审（《行政处罚法》第五十八条）"
              withAsterisk
              {...form.getInputProps('decidedKinds')}
            >
              <Group mt={6}>
                {proposedKinds.map((kind) => (
                  <Checkbox key={kind} value={kind} label={PENALTY_KIND_LABELS[kind]} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={3}>
              {proposedKinds.includes('fine') && (
                <TextInput label="决定罚款（元）" inputMode="decimal" {...form.getInputProps('decidedFineYuan')} />
              )}
              {proposedKinds.includes('confiscate-gains') && (
                <TextInput
                  label="决定没收违法所得（元）"
                  inputMode="decimal"
                  {...form.getInputProps('decidedGainsYuan')}
                />
              )}
              {proposedKinds.includes('confiscate-property') && (
                <TextInput
                  label="决定没收非法财物价值（元）"
                  inputMode="decimal"
                  {...form.getInputProps('decidedPropertyYuan')}
                />
              )}
            </SimpleGrid>
          </Stack>
        )}
        <Group justify="flex-end">
          <GatedButton
            reason={
              acting.roles.includes('head')
                ? null
                : '只有行政执法机关负责人本人登录后可以作出决定（且不得是本案承办人、审核员或法制审核机构负责人）'
            }
            loading={decide.pending}
            onClick={() => void record()}
          >
            登记决定
          </GatedButton>
        </Group>
      </Stack>
    </Card>
  );
}

/** The decision as recorded: it is never changed afterwards. */
export function RecordedDecision({ round }: { round: ReviewRound }) {
  const decision = round.headDecision;
  if (!decision) return null;
  return (
    <Alert
      color={decision.agrees ? 'teal' : 'orange'}
      variant="light"
      title={decision.agrees ? '行政执法机关负责人同意作出决定' : '行政执法机关负责人不同意拟作出的决定'}
      data-testid="head-decision"
    >
      <Stack gap={2}>
        {decision.agrees ? (
          <>
            <Text size="sm">
              {decision.decisionNumber}（{decision.decisionDate}）
            </Text>
            {decision.decidedPenalty && (
              <Text size="sm" data-testid="decided-penalty">
                决定的处罚：
                {decision.decidedPenalty.penaltyKinds
                  .map((kind) => {
                    const p = decision.decidedPenalty!;
                    const fen =
                      kind === 'fine'
                        ? p.fineFen
                        : kind === 'confiscate-gains'
                          ? p.illegalGainsFen
                          : kind === 'confiscate-property'
                            ? p.illegalPropertyFen
                            : null;
                    return fen === null
                      ? PENALTY_KIND_LABELS[kind]
                      : `${PENALTY_KIND_LABELS[kind]} ${formatFenAsYuan(fen)} 元`;
                  })
                  .join('、')}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm">理由：{decision.reason}</Text>
        )}
        {decision.collective && (
          <Text size="sm">
            集体讨论：{decision.collective.date}，{decision.collective.participants}
            {decision.collective.summary ? `；${decision.collective.summary}` : ''}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {decision.decidedBy} 登记于 {formatInstant(decision.recordedAt)}
        </Text>
      </Stack>
    </Alert>
  );
}
