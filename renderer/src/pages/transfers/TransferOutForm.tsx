import { Alert, Button, Card, Stack, Text, TextInput, SimpleGrid, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Link, useNavigate, useParams } from 'react-router';
import type { Organization, TransferOutDraft, TransferOutView } from '../../../../shared/contract';
import { transferOutInput } from '../../../../shared/contract/transfers';
import { useApiQuery } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { useDraftForm } from '../../lib/useDraftForm';
import { useSchemaSubmit } from '../../lib/useSchemaSubmit';
import { ItemsEditor } from './ItemsEditor';
import { MaterialsChecklist, type ListedMaterial } from './MaterialsChecklist';
import { ReceiverSection, TimingSection } from './OutFormSections';
import { formFromDraft, formFromView, formPath, outFormToInput, type OutFormValues } from './outForm';
import { SourceQuote } from './parts';

/** #/transfers/out/new/:caseId and #/transfers/out/:id/edit */
export function TransferOutFormPage() {
  const params = useParams();
  const id = params['id'] ? Number(params['id']) : null;
  const caseIdParam = Number(params['caseId'] ?? 0);
  const existing = useApiQuery('transfers.out.get', { id: id ?? 0 }, { enabled: id !== null });
  // An edit learns its case from the transfer: nothing is asked for the draft until then.
  const caseId = id ? existing.data?.caseId : caseIdParam;
  const draft = useApiQuery('transfers.out.draft', { caseId: caseId ?? 0 }, { enabled: Boolean(caseId) });
  const orgs = useApiQuery('orgs.list', {});
  // The draft must be this case's (going from one case's form to another's, the last one shows until the next loads).
  const ready = draft.data?.caseId === caseId && orgs.data && (id === null || existing.data);
  return (
    <LoadState loading={!ready && !draft.error && !existing.error} error={id ? existing.error : draft.error}>
      {ready && draft.data && orgs.data && (
        <OutForm draft={draft.data} orgs={orgs.data} existing={id ? (existing.data ?? null) : null} />
      )}
    </LoadState>
  );
}

function OutForm({
  draft,
  orgs,
  existing,
}: {
  draft: TransferOutDraft;
  orgs: Organization[];
  existing: TransferOutView | null;
}) {
  const navigate = useNavigate();
  const initial = existing ? formFromView(existing) : formFromDraft(draft);
  const { form, restored, discardDraft, saved } = useDraftForm<OutFormValues>(
    existing ? `transfer-out-${existing.id}` : `transfer-out-new-${draft.caseId}`,
    initial,
  );
  const listed: ListedMaterial[] = existing ? existing.materials : draft.materials;
  const blocked = existing ? null : draft.blocked;

  const { submit, saving } = useSchemaSubmit({
    form,
    schema: transferOutInput,
    toFormInput: (values) => {
      const { input, errors } = outFormToInput(values);
      return { input: { ...input, caseId: draft.caseId }, errors };
    },
    formPath,
    method: existing ? 'transfers.out.update' : 'transfers.out.create',
    send: ({ caseId, ...input }) => (existing ? { ...input, id: existing.id } : { ...input, caseId }),
    message: (view) => `移送${view.receiver.name}的记录已保存`,
    onSaved: (view) => {
      saved();
      void navigate(`/transfers/out/${view.id}`);
    },
  });

  useHotkeys([['mod+S', () => void submit()]], []);
  const back = existing ? `/transfers/out/${existing.id}` : `/cases/${draft.caseId}`;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <PageHeader
        title={existing ? '修改移送' : '办理移送'}
        description={`${draft.caseNumber} ${draft.cause}（当事人：${draft.partyName}）。输入会自动保存为草稿。`}
        actions={
          <>
            <Button variant="default" component={Link} to={back}>
              返回
            </Button>
            <Button type="submit" loading={saving} disabled={blocked !== null}>
              保存
            </Button>
          </>
        }
      />
      <DraftBanner visible={restored} onDiscard={() => discardDraft(initial)} />
      <Stack gap="md" maw={960}>
        {blocked && (
          <Alert color="red" title="不能办理移送">
            {blocked}
          </Alert>
        )}
        {draft.review && !existing && (
          <Alert
            color="grape"
            title={`第${draft.review.roundNo}轮法制审核意见${draft.review.opinion}：${draft.review.opinion === 5 ? '建议移送司法机关处理' : '建议移送有管辖权的行政执法机关处理'}`}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {draft.review.reasons}
            </Text>
          </Alert>
        )}
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            移送对象与理由
          </Title>
          <ReceiverSection form={form} orgs={orgs} />
        </Card>
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            移送期限
          </Title>
          <TimingSection form={form} caseId={draft.caseId} sendRule={draft.sendRule} urgentRule={draft.urgentRule} />
        </Card>
        <Card withBorder>
          <Title order={3} fz={16} mb={4}>
            移送材料
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            适用规则：{draft.profile.name}（第 {draft.profile.version} 版）。必须提交的材料勾选齐全后才能移送。
          </Text>
          <MaterialsChecklist form={form} listed={listed} />
          {draft.needsApproval && (
            <Stack mt="md" gap={4}>
              <Text size="sm" fw={500}>
                移送前须经负责人批准
              </Text>
              <SourceQuote source={draft.approvalRule.split('：')[0] ?? ''}>
                {draft.approvalRule.split('：').slice(1).join('：')}
              </SourceQuote>
            </Stack>
          )}
        </Card>
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            涉案物品
          </Title>
          <ItemsEditor form={form} />
        </Card>
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            联系人
          </Title>
          <SimpleGrid cols={2}>
            <TextInput label="联系人" {...form.getInputProps('contactName')} />
            <TextInput label="联系电话" {...form.getInputProps('contactPhone')} />
          </SimpleGrid>
        </Card>
      </Stack>
    </form>
  );
}
