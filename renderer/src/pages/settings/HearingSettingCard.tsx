import { useState } from 'react';
import { Alert, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { HearingSetting } from '../../../../shared/contract/review';
import { fenToYuanInput, formatFenAsYuan } from '../../../../shared/money';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { parseTypedYuan } from '../../lib/money';
import { GatedButton } from '../../components/GatedButton';
import { useAdminReason } from '../../app/operatorStore';

const RULE = '《中华人民共和国行政处罚法》第六十三条（国家法律）';

/**
 * 较大数额: the fine or confiscation from which a party may ask for a hearing. The law leaves the
 * amount to local rules, so the office sets it here and names the document it took it from; until
 * then, amounts do not count towards review trigger 4 and the review says so.
 */
export function HearingSettingCard() {
  const setting = useApiQuery('review.hearingSetting', {});
  return (
    <LoadState loading={setting.loading} error={setting.error}>
      {setting.data && <HearingSettingForm current={setting.data} />}
    </LoadState>
  );
}

function HearingSettingForm({ current }: { current: HearingSetting }) {
  const adminReason = useAdminReason();
  const large = current.largeAmount;
  const [citizen, setCitizen] = useState(large ? fenToYuanInput(large.citizenFen) : '');
  const [organization, setOrganization] = useState(large ? fenToYuanInput(large.organizationFen) : '');
  const [source, setSource] = useState(large?.source ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useApiMutation('review.setHearingSetting', {
    success: { title: '已保存', color: 'teal', message: '听证“较大数额”已保存' },
    failure: { title: '未能保存', autoClose: 12_000 },
  });

  async function submit() {
    const citizenFen = parseTypedYuan(citizen);
    const organizationFen = parseTypedYuan(organization);
    if (citizenFen === null || organizationFen === null) {
      setProblem('请按元填写两项金额，例如 5000 或 5,000.00');
      return;
    }
    setProblem(null);
    await save.run({ largeAmount: { citizenFen, organizationFen, source } });
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label="听证较大数额">
      <Stack gap="sm">
        <Title order={3} fz={16}>
          听证：“较大数额”
        </Title>
        <Text size="sm">
          拟作出较大数额罚款、没收较大数额违法所得或较大价值非法财物的，当事人有权要求听证（{RULE}
          ），该决定属于应当法制审核的第4项情形。“较大数额”由地方规定，请按本地文件填写并注明依据。
        </Text>
        {large ? (
          <Text size="sm" c="dimmed">
            现行设定：公民 {formatFenAsYuan(large.citizenFen)} 元以上，法人或其他组织{' '}
            {formatFenAsYuan(large.organizationFen)} 元以上（依据：{large.source}）。
          </Text>
        ) : (
          <Alert color="yellow" variant="light" p="xs">
            尚未设定：罚没金额暂不计入第4项情形，案件审核时会提示这一点。
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="公民（含个体工商户），元以上"
            value={citizen}
            onChange={(event) => setCitizen(event.currentTarget.value)}
            error={problem}
          />
          <TextInput
            label="法人或其他组织，元以上"
            value={organization}
            onChange={(event) => setOrganization(event.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label="依据（文件名称和文号）"
          placeholder="例如：《××省行政处罚听证程序规定》第×条"
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <GatedButton reason={adminReason} loading={save.pending} onClick={() => void submit()}>
            保存
          </GatedButton>
        </Group>
      </Stack>
    </Card>
  );
}
