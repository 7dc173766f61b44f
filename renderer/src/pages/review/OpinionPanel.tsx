import { Alert, Button, Card, Grid, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { ORG_KIND_LABELS } from '../../../../shared/domain/case';
import { useApiMutation } from '../../api/useApi';
import { GatedButton } from '../../components/GatedButton';
import { useOperatorId } from '../../app/operatorStore';
import { DraftBanner } from '../../components/DraftBanner';
import { formatInstant } from '../../lib/format';
import { useDraftForm } from '../../lib/useDraftForm';
import { nextPoint } from './CurrentRoundCard';
import { FindingsTable } from './FindingsTable';
import { opinionTitle } from './labels';
import { DecisionForm, RecordedDecision } from './DecisionForm';
import { OpinionForm } from './OpinionForm';
import { SuggestionCard } from './SuggestionCard';
import { reviewStep } from './stepFeedback';

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The opinion as signed: what was chosen, against what suggestion, by whom and when. */
export function SignedOpinion({ round }: { round: ReviewRound }) {
  if (!round.chosenOpinion) return null;
  const locked = round.state === 'signed';
  const departs = round.suggestion && round.suggestion.opinion !== round.chosenOpinion;
  return (
    <Card
      withBorder
      padding="lg"
      style={{ borderColor: locked ? 'var(--mantine-color-seal-4)' : undefined }}
      data-testid="signed-opinion"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz={20}>
            {opinionTitle(round.chosenOpinion)}
          </Title>
          {locked && (
            <Group gap={4} c="seal.8">
              <IconLock size={16} />
              <Text size="sm" fw={600}>
                已签署 · 已锁定
              </Text>
            </Group>
          )}
        </Group>
        {departs && round.suggestion && (
          <Alert color="orange" variant="light" p="xs" title={`与建议的${opinionTitle(round.suggestion.opinion)}不同`}>
            理由：{round.overrideReason}
          </Alert>
        )}
        <Line label="理由">{round.reasons}</Line>
        {round.chosenOpinion === 2 && <Line label="需纠正完善的事项">{round.corrections}</Line>}
        {round.transferTarget && (
          <Line label="建议移送">{`${ORG_KIND_LABELS[round.transferTarget.kind]}${round.transferTarget.org ? `：${round.transferTarget.org.name}` : ''}`}</Line>
        )}
        <Group gap="xl" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Line label="审核员签署">{`${round.reviewerSignedBy ?? ''}  ${round.reviewerSignedAt ? formatInstant(round.reviewerSignedAt) : ''}`}</Line>
          <Line label="法制审核机构负责人签署">
            {round.signedAt
              ? `${round.signedBy ?? ''}  ${formatInstant(round.signedAt)}`
              : `待 ${round.head?.name ?? ''} 签署`}
          </Line>
        </Group>
        {round.certificateProblems.some((problem) => problem.kind === 'no-legal-qualification') && (
          <Alert color="orange" variant="light" p="xs" title="审核人员资格">
            {round.certificateProblems
              .filter((problem) => problem.kind === 'no-legal-qualification')
              .map((problem) => problem.message)
              .join('\n')}
          </Alert>
        )}
        {round.notes.map((note) => (
          <Alert key={note} color="gray" variant="light" p="xs" title="数据升级说明">
            {note}
          </Alert>
        ))}
      </Stack>
    </Card>
  );
}

/**
 * The 法制审核机构负责人's step: sign the opinion with the reviewer (locks the round), or send it back
 * to the reviewer with a reason. Both belong to the review; deciding comes after (DecisionForm).
 */
function Countersign({ round }: { round: ReviewRound }) {
  const { form, restored, discardDraft, saved } = useDraftForm<{ reason: string }>(`review-return-${round.id}`, {
    reason: '',
  });
  const operatorId = useOperatorId();
  const notHead =
    operatorId === round.head?.id ? null : `只有本轮的法制审核机构负责人${round.head?.name ?? ''}本人可以签署或退回`;
  const countersign = useApiMutation('review.countersign', reviewStep('审核意见已签署并锁定'));
  const returnToReviewer = useApiMutation('review.returnToReviewer', reviewStep('已退回审核员'));
  const sign = () => countersign.run({ roundId: round.id });
  const sendBack = async () => {
    const reason = form.getValues().reason.trim();
    if (!reason) return form.setFieldError('reason', '请写明退回理由');
    if (await returnToReviewer.run({ roundId: round.id, reason })) saved();
  };
  return (
    <Card withBorder padding="lg" component="section" aria-label="法制审核机构负责人签署">
      <Stack gap="sm">
        <Title order={3} fz={17}>
          法制审核机构负责人签署
        </Title>
        <Text size="sm">签署后，本轮审核意见即锁定，不能修改；如需改变，只能在重新送审后的新一轮审核中作出。</Text>
        <DraftBanner visible={restored} onDiscard={() => discardDraft({ reason: '' })} />
        <Textarea label="退回理由（不同意时填写）" autosize minRows={2} {...form.getInputProps('reason')} />
        <Group justify="flex-end" gap="xs">
          <GatedButton
            reason={notHead}
            variant="default"
            loading={returnToReviewer.pending}
            onClick={() => void sendBack()}
          >
            退回审核员
          </GatedButton>
          <GatedButton reason={notHead} loading={countersign.pending} onClick={() => void sign()}>
            签署审核意见
          </GatedButton>
        </Group>
      </Stack>
    </Card>
  );
}

export function OpinionPanel({ round }: { round: ReviewRound }) {
  const open = round.findings.filter((finding) => finding.finding === null).map((finding) => finding.point);
  return (
    <Grid gap="lg">
      <Grid.Col span={7}>
        <Stack gap="md">
          {round.suggestion && (
            <SuggestionCard suggestion={round.suggestion} frozen={round.reviewerSignedAt !== null} />
          )}
          <FindingsTable round={round} editable={round.state === 'in-review'} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={5}>
        <Stack gap="md">
          {round.state === 'in-review' && open.length > 0 && (
            <Alert color="gray" title="九项审核要点尚未全部作出结论">
              尚有第{open.join('、')}项未作结论。
              <Button component={Link} to={`/review/rounds/${round.id}/points/${nextPoint(round)}`} size="xs" ml="sm">
                继续逐项审核
              </Button>
            </Alert>
          )}
          {round.state === 'in-review' && open.length === 0 && <OpinionForm round={round} />}
          {(round.state === 'reviewer-signed' || round.state === 'signed') && <SignedOpinion round={round} />}
          {round.state === 'reviewer-signed' && <Countersign round={round} />}
          {round.headDecision && <RecordedDecision round={round} />}
          {round.awaitsDecision && <DecisionForm round={round} />}
          {(round.state === 'submitted' || round.state === 'supplement-requested') && (
            <Alert color="gray">送审材料尚未受理，受理并逐项审核后才能提出审核意见。</Alert>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
