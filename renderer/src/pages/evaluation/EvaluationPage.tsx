import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { EvaluationCaseResult } from '../../../../shared/contract';
import { EVALUATION_GRADE_LABELS } from '../../../../shared/contract/evaluation';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useOfficeYear, YearExport } from '../stats/YearExport';
import { download } from '../stats/download';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { ScoreForm } from './ScoreForm';
import { SheetEditor } from './SheetEditor';

const GRADE_COLORS = { excellent: 'green', pass: 'blue', fail: 'red' } as const;

/** 案卷评查: the sheet, a seeded random draw of the year's closed cases, and the scores. */
export function EvaluationPage() {
  const [year, setYear] = useOfficeYear();
  const [size, setSize] = useState<number | string>(3);
  const [seed, setSeed] = useState('');
  const [editing, setEditing] = useState(false);
  const [scoring, setScoring] = useState<{ result: EvaluationCaseResult; version: number } | null>(null);
  const data = useApiQuery('evaluation.year', { year });
  const sheet = useApiQuery('evaluation.sheet', {});
  const versions = useApiQuery('evaluation.sheetVersions', {});
  const draw = useApiMutation('evaluation.draw', {
    success: { title: '已随机抽取', message: (out) => `抽取 ${out.cases.length} 件，随机种子“${out.seed}”已记录。` },
  });
  const scoringSheet = scoring ? versions.data?.find((v) => v.version === scoring.version) : undefined;
  return (
    <Stack>
      <PageHeader
        title="案卷评查"
        description={data.data?.rule ?? ''}
        actions={<YearExport year={year} onChange={setYear} method="evaluation.export" />}
      />
      <LoadState loading={data.loading || sheet.loading} error={data.error ?? sheet.error} onRetry={data.reload}>
        {data.data && sheet.data && (
          <>
            <Card withBorder>
              <Group justify="space-between">
                <Text>
                  评查表：{sheet.data.title}（第 {sheet.data.version} 版{sheet.data.version === 0 ? '，内置' : ''}；
                  {sheet.data.items.length} 项，满分 {sheet.data.maxScore} 分，其中一票否决项{' '}
                  {sheet.data.items.filter((i) => i.veto).length} 项）
                </Text>
                <Button variant="light" onClick={() => setEditing(true)}>
                  编辑评查表
                </Button>
              </Group>
            </Card>
            <Card withBorder>
              <Title order={3} fz="md" mb="xs">
                随机抽取已办结案件
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {year}年可供抽取 {data.data.eligible}{' '}
                件（已作出决定、已移送或已结案，本年尚未抽取）。同一随机种子对同一批案件总是抽出相同的案卷，可据此复核。
              </Text>
              <Group align="flex-end">
                <NumberInput label="抽取件数" w={110} min={1} value={size} onChange={setSize} />
                <TextInput
                  label="随机种子（可留空）"
                  w={220}
                  value={seed}
                  onChange={(e) => setSeed(e.currentTarget.value)}
                />
                <Button loading={draw.pending} onClick={() => void draw.run({ year, size: Number(size), seed })}>
                  随机抽取
                </Button>
              </Group>
            </Card>
            <Alert color="gray" variant="light">
              本年抽取 {data.data.summary.drawn} 件，已评查 {data.data.summary.scored} 件：优秀{' '}
              {data.data.summary.excellent}、合格 {data.data.summary.pass}、不合格 {data.data.summary.fail}
              （其中一票否决 {data.data.summary.vetoed}）。
            </Alert>
            {data.data.draws.map((d) => (
              <Card withBorder key={d.id}>
                <Text size="sm" mb="xs">
                  第 {d.id} 次抽取：{d.drawnAt.slice(0, 10)}，{d.drawnBy}，自 {d.populationSize} 件中抽取 {d.sampleSize}{' '}
                  件，随机种子“{d.seed}”，评查表第 {d.sheetVersion} 版
                </Text>
                <Table striped withTableBorder fz="sm" aria-label={`第 ${d.id} 次抽取的案卷`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>序号</Table.Th>
                      <Table.Th>案件编号</Table.Th>
                      <Table.Th>案由</Table.Th>
                      <Table.Th>评查人</Table.Th>
                      <Table.Th ta="right">得分</Table.Th>
                      <Table.Th>等次</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.cases.map((c) => (
                      <Table.Tr key={c.caseId}>
                        <Table.Td>{c.position}</Table.Td>
                        <Table.Td>{c.caseNumber}</Table.Td>
                        <Table.Td>{c.cause}</Table.Td>
                        <Table.Td>{c.scorerName ?? '—'}</Table.Td>
                        <Table.Td ta="right">{c.total ?? '—'}</Table.Td>
                        <Table.Td>
                          {c.grade ? (
                            <Badge color={GRADE_COLORS[c.grade]} variant="light">
                              {EVALUATION_GRADE_LABELS[c.grade]}
                              {c.vetoed ? '（一票否决）' : ''}
                            </Badge>
                          ) : (
                            '未评查'
                          )}
                        </Table.Td>
                        <Table.Td>
                          {c.scored ? (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => void download('evaluation.docx', { drawId: d.id, caseId: c.caseId })}
                            >
                              案卷评查表（DOCX）
                            </Button>
                          ) : (
                            <Button
                              size="compact-xs"
                              onClick={() => setScoring({ result: c, version: d.sheetVersion })}
                            >
                              评查
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
          </>
        )}
      </LoadState>
      {editing && sheet.data && <SheetEditor sheet={sheet.data} onClose={() => setEditing(false)} />}
      {scoring && scoringSheet && (
        <ScoreForm sheet={scoringSheet} result={scoring.result} onClose={() => setScoring(null)} />
      )}
    </Stack>
  );
}
