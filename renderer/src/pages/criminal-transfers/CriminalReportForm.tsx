import {
  Alert,
  Checkbox,
  Grid,
  Group,
  List,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useNavigate, useParams } from 'react-router';
import { criminalReportInput, NO_PENALTY_INSTEAD } from '../../../../shared/contract/criminal-transfers';
import type { CriminalTransferDraft } from '../../../../shared/contract/criminal-transfers';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { useOfficeNow } from '../../lib/useOfficeNow';
import { StepForm } from '../transfers/StepForm';
import { orgOptions } from '../../lib/orgOptions';

type Tick = { present: boolean; note: string };

/** #/transfers/criminal/new/:caseId — the 专案组's written report (国务院令第310号 第五条), with 第六条's materials. */
export function CriminalReportFormPage() {
  const caseId = Number(useParams()['caseId']);
  const navigate = useNavigate();
  const draft = useApiQuery('transfers.criminal.draft', { caseId });
  const staff = useApiQuery('staff.list', {});
  const orgs = useApiQuery('orgs.list', {});
  const now = useOfficeNow();
  const info = draft.data;
  return (
    <LoadState loading={draft.loading && !info} error={draft.error} onRetry={draft.reload}>
      {info && now && (
        <>
          <PageHeader
            title="移送公安机关（涉嫌犯罪）"
            description={`案件 ${info.caseNumber} ${info.cause}（当事人：${info.partyName}）`}
          />
          <Grid>
            <Grid.Col span={8}>
              {info.blocked ? (
                <Alert color="red">{info.blocked}</Alert>
              ) : (
                <ReportForm
                  info={info}
                  today={now.today}
                  handlers={(staff.data ?? [])
                    .filter((p) => p.active && p.roles.includes('handler'))
                    .map((p) => ({ value: String(p.id), label: p.name }))}
                  police={orgOptions(orgs.data, (o) => o.kind === 'public-security')}
                  onDone={(id) => navigate(`/transfers/criminal/${id}`)}
                  onCancel={() => navigate(`/cases/${caseId}`)}
                />
              )}
            </Grid.Col>
            <Grid.Col span={4}>
              <Stack gap="sm">
                <Alert color="grape" title="不得以罚代刑">
                  {NO_PENALTY_INSTEAD}
                </Alert>
                <Text fw={600} size="sm">
                  各步骤的期限与依据
                </Text>
                <List size="sm" spacing={6}>
                  {info.rules.map((rule) => (
                    <List.Item key={rule.step}>
                      <Text span fw={600} size="sm">
                        {rule.step}：
                      </Text>
                      {rule.rule}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}

function ReportForm(props: {
  info: CriminalTransferDraft;
  today: string;
  handlers: Array<{ value: string; label: string }>;
  police: Array<{ value: string; label: string }>;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { info } = props;
  const ticks = Object.fromEntries(info.materials.map((m) => [m.key, { present: m.key === 'letter', note: '' }]));
  return (
    <StepForm
      draftKey={`criminal-report-${info.caseId}`}
      title="专案组书面报告"
      submitLabel="提出书面报告，报负责人审批"
      initial={{
        policeOrgId: (props.police[0]?.value ?? null) as string | null,
        memberIds: [] as string[],
        suspectedCrime: '',
        facts: info.facts,
        crimeBasis: '',
        measures: '',
        penaltiesBefore: '',
        reportedOn: props.today as string | null,
        materials: ticks as Record<string, Tick>,
      }}
      schema={criminalReportInput}
      toInput={(values) => ({
        caseId: info.caseId,
        policeOrgId: Number(values.policeOrgId ?? 0),
        memberIds: values.memberIds.map(Number),
        suspectedCrime: values.suspectedCrime,
        facts: values.facts,
        crimeBasis: values.crimeBasis,
        measures: values.measures,
        penaltiesBefore: values.penaltiesBefore,
        reportedOn: values.reportedOn ?? '',
        materials: Object.entries(values.materials).map(([key, tick]) => ({ key, ...tick })),
      })}
      method="transfers.criminal.report"
      onDone={(view) => props.onDone(view.id)}
      onCancel={props.onCancel}
    >
      {(form) => (
        <>
          <Select label="接收的公安机关" withAsterisk data={props.police} {...form.getInputProps('policeOrgId')} />
          <MultiSelect
            label="专案组成员"
            description="应当由2名或者2名以上行政执法人员组成（第五条第一款）"
            withAsterisk
            data={props.handlers}
            {...form.getInputProps('memberIds')}
          />
          <TextInput label="涉嫌的罪名" withAsterisk {...form.getInputProps('suspectedCrime')} />
          <Textarea label="涉嫌犯罪的事实" withAsterisk autosize minRows={3} {...form.getInputProps('facts')} />
          <Textarea
            label="涉嫌犯罪的依据"
            description="刑法条文、立案追诉标准"
            withAsterisk
            autosize
            {...form.getInputProps('crimeBasis')}
          />
          <Textarea label="已采取的措施（查封、扣押等）" autosize {...form.getInputProps('measures')} />
          <Textarea
            label="移送前已作出的行政处罚"
            description="已作出的警告、责令停产停业、暂扣或者吊销许可证件等不停止执行；已给予的罚款依法折抵罚金（第十一条）"
            autosize
            {...form.getInputProps('penaltiesBefore')}
          />
          <DateInput label="书面报告日期" withAsterisk valueFormat="YYYY-MM-DD" {...form.getInputProps('reportedOn')} />
          <Text fw={600} size="sm">
            移送材料（第六条）
          </Text>
          {info.materials.map((m) => (
            <Group key={m.key} gap="sm" wrap="nowrap" align="flex-end">
              <Checkbox
                label={m.label}
                w={260}
                {...form.getInputProps(`materials.${m.key}.present`, { type: 'checkbox' })}
              />
              <TextInput
                placeholder={m.key === 'appraisal' ? '未作检验、鉴定的，说明理由' : '备注'}
                style={{ flex: 1 }}
                {...form.getInputProps(`materials.${m.key}.note`)}
              />
            </Group>
          ))}
        </>
      )}
    </StepForm>
  );
}
