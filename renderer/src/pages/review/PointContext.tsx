import { Alert, Stack, Table, Text } from '@mantine/core';
import type { ReviewRound } from '../../../../shared/contract';
import { DISCRETION_LABELS, PENALTY_KIND_LABELS } from '../../../../shared/domain/case';
import { formatFenAsYuan } from '../../../../shared/money';
import { formatDate, formatInstant } from '../../lib/format';
import { MaterialsTable } from './MaterialsTable';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={130} c="dimmed" fw={500}>
        {label}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function amounts(round: ReviewRound): string {
  const { fineFen, illegalGainsFen, illegalPropertyFen } = round.decision;
  const parts = [
    fineFen > 0 ? `罚款 ${formatFenAsYuan(fineFen)} 元` : '',
    illegalGainsFen > 0 ? `没收违法所得 ${formatFenAsYuan(illegalGainsFen)} 元` : '',
    illegalPropertyFen > 0 ? `没收非法财物价值 ${formatFenAsYuan(illegalPropertyFen)} 元` : '',
  ].filter(Boolean);
  return parts.join('；') || '无金额';
}

/** What the reviewer needs in view for one point, taken from the decision as submitted. */
export function PointContext({ round, point }: { round: ReviewRound; point: number }) {
  const d = round.decision;
  const rows: Array<[string, React.ReactNode]> = [];
  if (point === 1)
    rows.push(
      ['承办人', d.handlers.map((handler) => handler.name).join('、')],
      ['拟作出决定日期', formatDate(round.decisionDate)],
    );
  if (point === 2 || point === 9)
    rows.push(['案由', d.cause], ['当事人', `${d.party.name}${d.party.address ? `（${d.party.address}）` : ''}`]);
  if (point === 3 || point === 9) rows.push(['违法事实', d.facts]);
  if (point === 4 || point === 9) rows.push(['法律依据', d.legalBasis || '（未填写）']);
  if (point === 5 || point === 6) {
    rows.push(
      ['拟处罚种类', d.penaltyKinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、')],
      ['金额', amounts(round)],
      ['裁量情节', DISCRETION_LABELS[d.discretion]],
    );
  }
  if (point === 7) {
    rows.push(
      ['发现日期', formatDate(d.foundOn)],
      ['听证', d.hearingHeld ? '已经过听证程序' : '未经听证'],
      ['送审', `${round.submittedBy}，${formatInstant(round.submittedAt)}`],
    );
    if (round.notice)
      rows.push([
        '补正',
        `${formatInstant(round.notice.issuedAt)} 通知补正，期限 ${formatDate(round.notice.deadline)}；${round.notice.status.message}`,
      ]);
  }
  return (
    <Stack gap="xs">
      {point === 1 &&
        (round.certificateProblems.length > 0 ? (
          <Alert color="red" variant="light" title="执法证核查：有承办人在拟作出决定日期不具备有效执法证">
            {round.certificateProblems.map((problem) => (
              <Text key={problem.name} size="sm">
                {problem.message}
              </Text>
            ))}
          </Alert>
        ) : (
          <Alert color="teal" variant="light" title="执法证核查">
            承办人的执法证在拟作出决定日期（{formatDate(round.decisionDate)}）均在有效期内。
          </Alert>
        ))}
      {rows.length > 0 && (
        <Table variant="vertical" withTableBorder fz="sm" verticalSpacing={6}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Row key={label} label={label}>
                {value}
              </Row>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(point === 3 || point === 8) && <MaterialsTable materials={round.materials} />}
    </Stack>
  );
}
