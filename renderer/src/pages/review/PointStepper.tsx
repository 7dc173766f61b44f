import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, Grid, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { savePointInput } from '../../../../shared/contract/review';
import { REVIEW_POINTS, REVIEW_RULE_CITATION } from '../../../../shared/domain/review';
import type { Finding } from '../../../../shared/domain/review';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { schemaErrors } from '../../lib/schemaErrors';
import { useDraftForm } from '../../lib/useDraftForm';
import { PointContext } from './PointContext';
import { PointNav } from './PointNav';
import { PreviousRoundFinding } from './PreviousRoundFinding';
import { RuleQuote } from './RuleQuote';
import { reviewStep } from './stepFeedback';

interface PointValues extends Record<string, unknown> {
  finding: Finding | null;
  note: string;
  evidenceRefs: string;
  changeNote: string;
}

/** The app's fixed header (AppLayout), which a scrolled-to card must clear. */
const HEADER_HEIGHT = 56;

/** What each finding leads to, so the reviewer sees the consequence before choosing it. */
const CONSEQUENCE: Record<Finding, string> = {
  pass: '',
  defect: '可纠正完善、不影响决定成立；如无更重的结论，将建议意见2“纠正完善后再送审”',
  serious: '将建议意见3“不予作出”（除非另有不属管辖或涉嫌犯罪）',
  'no-jurisdiction': '将建议意见4“移送有管辖权的机关”',
  'crime-suspected': '将建议意见5“移送司法机关”，优先于其他一切结论',
};

export function readOnlyReason(round: ReviewRound): string | null {
  if (round.state === 'in-review') return null;
  if (round.state === 'signed') return `第${round.roundNo}轮审核意见已签署并锁定，审核结论只能查看。`;
  if (round.state === 'reviewer-signed')
    return '审核意见已由审核员签署，正待法制审核机构负责人签署；如需修改，请法制审核机构负责人退回。';
  return '送审材料尚未受理，受理后才能逐项审核。';
}

/**
 * One of the nine points: the question in full, the finding, the note and the evidence. Moving to
 * another point saves this one first; unsaved typing is kept as a draft meanwhile.
 */
export function PointStepper({ round, point }: { round: ReviewRound; point: number }) {
  const navigate = useNavigate();
  const definition = REVIEW_POINTS[point - 1];
  const saved = round.findings[point - 1];
  const initial: PointValues = {
    finding: saved?.finding ?? null,
    note: saved?.note ?? '',
    evidenceRefs: saved?.evidenceRefs ?? '',
    changeNote: '',
  };
  const {
    form,
    restored,
    discardDraft,
    saved: clearDraft,
  } = useDraftForm<PointValues>(`review-point-${round.id}-${point}`, initial);
  const savePoint = useApiMutation(
    'review.savePoint',
    reviewStep(undefined, (field, message) => form.setFieldError(field, message)),
  );
  const [target, setTarget] = useState<string | null>(null);
  const locked = readOnlyReason(round);
  const values = form.getValues();
  const card = useRef<HTMLElement>(null);

  // Each point opens with its title in view: after 保存并继续 the window would otherwise stay
  // scrolled as far down as the previous point's buttons were.
  useEffect(() => {
    const element = card.current;
    if (element && element.getBoundingClientRect().top < HEADER_HEIGHT) element.scrollIntoView({ block: 'start' });
  }, [point]);

  function unchanged(current: PointValues): boolean {
    return (
      current.finding === initial.finding &&
      current.note.trim() === initial.note &&
      current.evidenceRefs.trim() === initial.evidenceRefs
    );
  }

  /** A finding changed after the opinion was chosen: the reviewer disagrees with it, and says why. */
  function changing(current: PointValues): boolean {
    return round.chosenOpinion !== null && initial.finding !== null && current.finding !== initial.finding;
  }

  /** Going on is always allowed (reviewers jump around), but leaving a point without a conclusion is said aloud. */
  function go(to: string, finding: Finding | null) {
    if (!locked && finding === null) {
      notifications.show({
        color: 'yellow',
        title: `第${point}项尚未作结论`,
        message: '可随时回到本项作出结论；九项都有结论后才能提出审核意见。',
      });
    }
    void navigate(to);
  }

  /** Saves when there is something new, then goes on; stays put when the save is refused. */
  async function saveAndGo(to: string | null) {
    const values = form.getValues();
    if (locked || unchanged(values)) {
      if (to) go(to, values.finding);
      return;
    }
    const input = {
      roundId: round.id,
      point,
      finding: values.finding,
      note: values.note,
      evidenceRefs: values.evidenceRefs,
      changeNote: changing(values) ? values.changeNote : '',
    };
    const errors = schemaErrors(savePointInput, input);
    if (changing(values) && !values.changeNote.trim())
      errors['changeNote'] = '已选定审核意见后修改结论，请写明修改结论的说明';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setTarget(to);
    if (!(await savePoint.run(input))) return;
    clearDraft();
    if (to) go(to, values.finding);
  }

  useHotkeys([['mod+S', () => void saveAndGo(null)]], []);
  if (!definition) return null;
  const base = `/review/rounds/${round.id}`;
  const next = point < 9 ? `${base}/points/${point + 1}` : `${base}/opinion`;
  // The button promises a save only when there is something to save.
  const nextLabel =
    locked || unchanged(values)
      ? point < 9
        ? '下一项'
        : '审核意见'
      : point < 9
        ? `保存并继续第${point + 1}项`
        : '保存并前往审核意见';

  return (
    <Grid gap="lg">
      <Grid.Col span={3}>
        <PointNav round={round} current={point} onGo={(to) => void saveAndGo(to)} />
      </Grid.Col>
      <Grid.Col span={9}>
        <Card
          ref={card}
          withBorder
          padding="lg"
          component="section"
          aria-label={`第${point}项审核要点`}
          style={{ scrollMarginTop: HEADER_HEIGHT + 16 }}
        >
          <Stack gap="md">
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                审核要点 {point} / 9
              </Text>
              {saved?.savedAt && (
                <Badge variant="outline" color="gray" radius="sm">
                  {saved.savedBy} 已保存
                </Badge>
              )}
            </Group>
            <Title order={2} fz={22}>
              第{point}项{'\u3000'}
              {definition.title}
            </Title>
            <RuleQuote citation={`${REVIEW_RULE_CITATION}，重点审核内容第${point}项`} size="md">
              {definition.question}
            </RuleQuote>
            {locked && <Alert color="gray">{locked}</Alert>}
            <DraftBanner visible={restored && !locked} onDiscard={() => discardDraft(initial)} />
            <PointContext round={round} point={point} />
            <PreviousRoundFinding round={round} point={point} />
            <Radio.Group
              label="审核结论"
              withAsterisk
              {...form.getInputProps('finding')}
              value={values.finding ?? ''}
              onChange={(value) => form.setFieldValue('finding', value as Finding)}
            >
              <Stack gap={8} mt={6}>
                {definition.findings.map((option) => (
                  <Radio
                    key={option.value}
                    value={option.value}
                    label={option.label}
                    description={CONSEQUENCE[option.value] || undefined}
                    disabled={Boolean(locked)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label="审核说明"
              withAsterisk={values.finding !== null && values.finding !== 'pass'}
              description={
                values.finding && values.finding !== 'pass'
                  ? '写明问题所在及依据；将写入审核意见书'
                  : '可写明审核所见，将写入审核意见书'
              }
              autosize
              minRows={3}
              readOnly={Boolean(locked)}
              {...form.getInputProps('note')}
            />
            {changing(values) && (
              <Textarea
                label="修改结论的说明"
                withAsterisk
                description="已选定审核意见后修改结论的，写明理由；与原选定意见不符的，该意见将被撤销，须重新选择"
                autosize
                minRows={2}
                {...form.getInputProps('changeNote')}
              />
            )}
            <Textarea
              label="证据与卷宗页码"
              description="所依据的证据材料，例如：询问笔录（卷宗第 12–15 页）、现场照片 3 张"
              autosize
              minRows={1}
              readOnly={Boolean(locked)}
              {...form.getInputProps('evidenceRefs')}
            />
            <Group justify="space-between">
              <Button
                variant="default"
                disabled={point === 1}
                onClick={() => void saveAndGo(`${base}/points/${point - 1}`)}
              >
                上一项
              </Button>
              <Group gap="xs">
                {!locked && (
                  <Button
                    variant="default"
                    loading={savePoint.pending && target === null}
                    onClick={() => void saveAndGo(null)}
                  >
                    保存
                  </Button>
                )}
                <Button loading={savePoint.pending && target !== null} onClick={() => void saveAndGo(next)}>
                  {nextLabel}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
