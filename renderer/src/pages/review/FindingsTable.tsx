import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { FindingBadge } from './badges';
import { pointTitle } from './labels';

/** The nine findings side by side; the points that decide the suggestion are marked. */
export function FindingsTable({ round, editable }: { round: ReviewRound; editable: boolean }) {
  const decisive = new Set(round.suggestion?.decisivePoints ?? []);
  return (
    <Table withTableBorder verticalSpacing={6} fz="sm" aria-label="九项审核结论">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>审核要点</Table.Th>
          <Table.Th w={170}>结论</Table.Th>
          <Table.Th>审核说明与证据</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {round.findings.map((finding) => (
          <Table.Tr
            key={finding.point}
            bg={decisive.has(finding.point) ? 'var(--mantine-color-yellow-0)' : undefined}
            data-testid={`finding-${finding.point}`}
          >
            <Table.Td>
              {editable ? (
                <Anchor component={Link} to={`/review/rounds/${round.id}/points/${finding.point}`} size="sm">
                  {finding.point}. {pointTitle(finding.point)}
                </Anchor>
              ) : (
                `${finding.point}. ${pointTitle(finding.point)}`
              )}
            </Table.Td>
            <Table.Td>
              <FindingBadge point={finding.point} finding={finding.finding} />
              {decisive.has(finding.point) && (
                <Text size="xs" c="yellow.9" mt={2}>
                  决定建议的要点
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {finding.note || (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Text>
              {finding.evidenceRefs && (
                <Text size="xs" c="dimmed">
                  证据：{finding.evidenceRefs}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
