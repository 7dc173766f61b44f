import { Button, Card, Checkbox, Divider, Group, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { CaseRecord, CaseReviewState } from '../../../../shared/contract';
import { reviewSubmitInput } from '../../../../shared/contract/review';
import { JUDGEMENT_KEYS } from '../../../../shared/domain/review';
import type { JudgementKey } from '../../../../shared/domain/review';
import { useApiQuery } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { LoadState } from '../../components/LoadState';
import { useDraftSchemaForm } from '../../lib/useDraftSchemaForm';
import { MaterialsFields, type MaterialValue } from './MaterialsFields';
import { PeopleFields } from './PeopleFields';
import { TriggerTable, TriggerVerdict } from './TriggerTable';

type Judgements = Record<JudgementKey, { holds: boolean; reason: string }>;

interface SubmitValues extends Record<string, unknown> {
  decisionDate: string | null;
  judgements: Judgements;
  materials: MaterialValue[];
  assessmentMade: boolean;
  reviewerId: string | null;
  headId: string | null;
}

/** A resubmission starts from what the last round said, so nothing is typed twice. */
function initialValues(state: CaseReviewState): SubmitValues {
  const last = state.rounds.at(-1);
  const judgements = Object.fromEntries(
    JUDGEMENT_KEYS.map((key) => [
      key,
      { holds: last?.judgements[key].holds ?? false, reason: last?.judgements[key].reason ?? '' },
    ]),
  ) as Judgements;
  return {
    decisionDate: null,
    judgements,
    materials: state.checklist.map((item) => {
      const before = last?.materials.find((material) => material.key === item.key);
      return { key: item.key, present: before?.present ?? false, refs: before?.refs ?? '' };
    }),
    assessmentMade: last?.assessmentMade ?? false,
    reviewerId: last?.reviewer ? String(last.reviewer.id) : null,
    headId: last?.head ? String(last.head.id) : null,
  };
}

export function submitDraftKey(caseId: number, roundNo: number): string {
  return `review-submit-${caseId}-${roundNo}`;
}

export function SubmitForm({
  record,
  state,
  onCancel,
}: {
  record: CaseRecord;
  state: CaseReviewState;
  onCancel: () => void;
}) {
  const roundNo = state.rounds.length + 1;
  const initial = initialValues(state);
  const { form, restored, discardDraft, submit, saving } = useDraftSchemaForm({
    draftKey: submitDraftKey(record.id, roundNo),
    initial,
    schema: reviewSubmitInput,
    toFormInput: (v) => ({
      input: {
        caseId: record.id,
        decisionDate: v.decisionDate ?? '',
        judgements: v.judgements,
        materials: v.materials,
        assessmentMade: v.assessmentMade,
        reviewerId: v.reviewerId ? Number(v.reviewerId) : null,
        headId: v.headId ? Number(v.headId) : null,
      },
      errors: v.decisionDate ? {} : ({ decisionDate: '请填写拟作出决定日期' } as Record<string, string>),
    }),
    method: 'review.submit',
    message: () => `第${roundNo}轮法制审核已送审`,
    successTitle: '已送审',
    failureTitle: '未能送审',
  });
  const values = form.getValues();
  const holds = Object.fromEntries(JUDGEMENT_KEYS.map((key) => [key, values.judgements[key].holds])) as Record<
    JudgementKey,
    boolean
  >;
  const preview = useApiQuery('review.assessTriggers', { caseId: record.id, judgements: holds });
  const hearing = record.hearingHeld || values.assessmentMade;

  const judgement = (key: JudgementKey) => (
    <Stack gap={4}>
      <Checkbox label="承办人认定属于此情形" {...form.getInputProps(`judgements.${key}.holds`, { type: 'checkbox' })} />
      {values.judgements[key].holds && (
        <Textarea
          aria-label="认定理由"
          placeholder="写明理由（必填）"
          autosize
          minRows={1}
          {...form.getInputProps(`judgements.${key}.reason`)}
        />
      )}
    </Stack>
  );

  return (
    <Card withBorder component="section" aria-label="送交法制审核">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz={17}>
          送交法制审核{roundNo > 1 ? `（第${roundNo}轮，纠正完善后再送审）` : ''}
        </Title>
        <Text size="xs" c="dimmed">
          输入自动保存为草稿
        </Text>
      </Group>
      <DraftBanner visible={restored} onDiscard={discardDraft} />
      <Stack gap="md">
        <Stack gap="xs">
          <Text fw={600}>一、是否应当法制审核</Text>
          <LoadState loading={preview.loading && !preview.data} error={preview.error}>
            {preview.data && (
              <>
                <TriggerVerdict assessment={preview.data} />
                <TriggerTable assessment={preview.data} judgement={judgement} />
              </>
            )}
          </LoadState>
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600}>二、送审材料</Text>
          <Text size="sm" c="dimmed">
            逐项说明是否提交；已提交的写明文件名或卷宗页码。{record.hearingHeld ? '本案经过听证，须提交听证笔录。' : ''}
          </Text>
          <Switch
            label="本案经过评估（须提交评估报告）"
            {...form.getInputProps('assessmentMade', { type: 'checkbox' })}
          />
          <MaterialsFields
            form={form}
            checklist={state.checklist}
            needed={(item) =>
              item.requirement === 'required' || (item.requirement === 'if-hearing-or-assessment' && hearing)
            }
          />
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600}>三、拟作出决定日期与审核人员</Text>
          <DateInput
            label="拟作出决定日期"
            withAsterisk
            description="执法证按承办人立案调查、送审之日核对"
            valueFormat="YYYY-MM-DD"
            placeholder="选择或输入日期"
            w={260}
            {...form.getInputProps('decisionDate')}
          />
          <PeopleFields form={form} handlers={record.handlers} />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            收起（保留草稿）
          </Button>
          <Button onClick={() => void submit()} loading={saving}>
            送审
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
