import { Alert, Button, Card, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ReviewRound } from '../../../../shared/contract';
import { JUDICIAL_KINDS, JURISDICTION_KINDS, chooseOpinionInput } from '../../../../shared/contract/review';
import { ORG_KIND_LABELS, type OrgKind } from '../../../../shared/domain/case';
import { OPINIONS } from '../../../../shared/domain/review';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { schemaErrors } from '../../lib/schemaErrors';
import { useDraftForm } from '../../lib/useDraftForm';
import { opinionTitle, pointTitle } from './labels';
import { reviewStep } from './stepFeedback';
import { orgOptions } from '../../lib/orgOptions';

interface OpinionValues extends Record<string, unknown> {
  opinion: string;
  overrideReason: string;
  reasons: string;
  corrections: string;
  transferTargetKind: OrgKind | null;
  transferTargetOrgId: string | null;
}

/** Starts from the saved choice, else from the suggestion: its explanation and the defects' notes. */
function initialValues(round: ReviewRound): OpinionValues {
  const defects = round.findings
    .filter((finding) => finding.finding === 'defect')
    .map((finding) => `第${finding.point}项（${pointTitle(finding.point)}）：${finding.note}`)
    .join('\n');
  return {
    opinion: String(round.chosenOpinion ?? round.suggestion?.opinion ?? ''),
    overrideReason: round.overrideReason,
    reasons: round.reasons || (round.suggestion?.explanation ?? ''),
    corrections: round.corrections || defects,
    transferTargetKind: round.transferTarget?.kind ?? null,
    transferTargetOrgId: round.transferTarget?.org ? String(round.transferTarget.org.id) : null,
  };
}

/** The reviewer's choice: the suggested opinion, or another with a written reason; then signing. */
export function OpinionForm({ round }: { round: ReviewRound }) {
  const initial = initialValues(round);
  const { form, restored, discardDraft, saved } = useDraftForm<OpinionValues>(`review-opinion-${round.id}`, initial);
  const orgs = useApiQuery('orgs.list', {});
  const chooseOpinion = useApiMutation(
    'review.chooseOpinion',
    reviewStep(undefined, (field, message) => form.setFieldError(field, message)),
  );
  const signOpinion = useApiMutation('review.signOpinion', reviewStep('审核意见已签署，待法制审核机构负责人签署'));
  const values = form.getValues();
  const chosen = Number(values.opinion);
  const suggested = round.suggestion?.opinion ?? null;
  const departs = suggested !== null && chosen !== suggested && chosen > 0;
  // Only the opinions the nine findings allow are offered (DOMAIN §5): the others contradict them.
  const allowed = round.allowedOpinions ?? [];
  const transfer = chosen === 4 || chosen === 5;
  const kinds = chosen === 5 ? JUDICIAL_KINDS : JURISDICTION_KINDS;

  /** A body picked before the category was changed belongs to another category: it is not sent. */
  function targetOrgFits(v: OpinionValues): boolean {
    if (!v.transferTargetOrgId) return false;
    const org = (orgs.data ?? []).find((candidate) => String(candidate.id) === v.transferTargetOrgId);
    return org === undefined || org.kind === v.transferTargetKind;
  }

  async function choose(): Promise<boolean> {
    const v = form.getValues();
    const opinion = Number(v.opinion);
    const departing = suggested !== null && opinion !== suggested && opinion > 0;
    const transferring = opinion === 4 || opinion === 5;
    // Only what the chosen opinion uses is sent: what was typed for another choice stays in the form
    // (in case the reviewer switches back) but the server refuses it rather than drop it.
    const input = {
      roundId: round.id,
      opinion,
      overrideReason: departing ? v.overrideReason : '',
      reasons: v.reasons,
      corrections: opinion === 2 ? v.corrections : '',
      transferTargetKind: transferring ? v.transferTargetKind : null,
      transferTargetOrgId: transferring && targetOrgFits(v) ? Number(v.transferTargetOrgId) : null,
    };
    const errors = schemaErrors(chooseOpinionInput, input);
    if (departing && !v.overrideReason.trim())
      errors['overrideReason'] = `所选意见与建议的${opinionTitle(suggested)}不同，须写明理由`;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return false;
    const done = await chooseOpinion.run(input);
    if (done) saved();
    return Boolean(done);
  }

  async function sign() {
    if (!(await choose())) return;
    await signOpinion.run({ roundId: round.id });
  }

  const targetOrgs = orgOptions(orgs.data, (org) => org.kind === values.transferTargetKind);
  return (
    <Card withBorder padding="lg" component="section" aria-label="选定审核意见">
      <Stack gap="sm">
        <Title order={3} fz={17}>
          选定审核意见
        </Title>
        <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
        <Radio.Group {...form.getInputProps('opinion')} aria-label="审核意见">
          <Stack gap={6}>
            {OPINIONS.filter((option) => allowed.includes(option.number)).map((option) => (
              <Radio
                key={option.number}
                value={String(option.number)}
                label={`${opinionTitle(option.number)}${option.number === suggested ? '（建议）' : ''}`}
                description={option.proposal}
              />
            ))}
          </Stack>
        </Radio.Group>
        {allowed.length === 1 && (
          <Text size="xs" c="dimmed">
            {round.suggestion?.explanation}{' '}
            审核意见不得与审核结论相矛盾；如认为某项结论不当，请回到该审核要点修改结论并写明说明。
          </Text>
        )}
        {departs && (
          <Alert color="orange" variant="light" p="xs">
            所选意见与建议的{opinionTitle(suggested)}不同。可以选择其他意见，但须写明理由；建议与所选意见将一并存档。
          </Alert>
        )}
        {departs && (
          <Textarea
            label="选择其他意见的理由"
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('overrideReason')}
          />
        )}
        <Textarea
          label="审核意见的理由"
          withAsterisk
          description="将写入法制审核意见书"
          autosize
          minRows={3}
          {...form.getInputProps('reasons')}
        />
        {chosen === 2 && (
          <Textarea
            label="需纠正完善的事项"
            withAsterisk
            description="承办机构据此纠正完善后再送审"
            autosize
            minRows={2}
            {...form.getInputProps('corrections')}
          />
        )}
        {transfer && (
          <SimpleGrid cols={2}>
            <Select
              label="移送机关类别"
              withAsterisk
              data={kinds.map((kind) => ({ value: kind, label: ORG_KIND_LABELS[kind] }))}
              {...form.getInputProps('transferTargetKind')}
            />
            <Select
              label="移送机关（可选）"
              placeholder={targetOrgs.length ? '选择单位' : '“设置”中未登记此类单位'}
              data={targetOrgs}
              clearable
              {...form.getInputProps('transferTargetOrgId')}
            />
          </SimpleGrid>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            签署后由法制审核机构负责人{round.head ? ` ${round.head.name} ` : ''}签署；其签署后意见锁定，不能再修改。
          </Text>
          <Group gap="xs">
            <Button variant="default" loading={chooseOpinion.pending} onClick={() => void choose()}>
              保存
            </Button>
            <Button loading={signOpinion.pending} onClick={() => void sign()}>
              签署审核意见
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
