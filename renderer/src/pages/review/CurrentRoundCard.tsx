import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { useApiMutation } from '../../api/useApi';
import { formatDate, formatInstant } from '../../lib/format';
import { AssignForm, useMayReassign } from './AssignForm';
import { FindingBadge, RoundStateBadge } from './badges';
import { OPINION_COLORS, opinionTitle } from './labels';
import { MaterialsTable } from './MaterialsTable';
import { NoticeCard } from './NoticeCard';
import { NoticeForm } from './NoticeForm';
import { SupplementForm } from './SupplementForm';
import { reviewStep } from './stepFeedback';
import { IssuePaperButton } from '../documents/IssuePaperButton';

/** The next point to work on: the first without a finding, else the last. */
export function nextPoint(round: ReviewRound): number {
  return round.findings.find((finding) => finding.finding === null)?.point ?? 9;
}

function Completeness({ round }: { round: ReviewRound }) {
  const [noticing, setNoticing] = useState(false);
  const acceptMaterials = useApiMutation('review.acceptMaterials', reviewStep('已受理，开始逐项审核'));
  const accept = () => acceptMaterials.run({ roundId: round.id });
  return (
    <Stack gap="xs">
      <MaterialsTable materials={round.materials} />
      {round.notice && <NoticeCard notice={round.notice} />}
      {round.notice && (
        <Group>
          <IssuePaperButton kind="supplement-notice" id={round.id} label="出具补正材料通知书" />
        </Group>
      )}
      {round.notice && round.missingMaterials.length > 0 && (
        <Text size="sm" c="orange.8">
          补正后仍缺少：{round.missingMaterials.join('、')}
          。本轮已一次性告知，不能再次通知补正；请受理后在第3项审核要点（材料是否齐全）中记录。
        </Text>
      )}
      {noticing ? (
        <NoticeForm round={round} onCancel={() => setNoticing(false)} />
      ) : (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            审查送审材料由法制审核员{round.reviewer ? ` ${round.reviewer.name} ` : ''}操作
          </Text>
          <Group gap="xs">
            {/* Also when every material is ticked: a ticked paper may still be unsigned or incomplete. */}
            {!round.notice && (
              <Button color="orange" variant="light" onClick={() => setNoticing(true)}>
                一次性告知补正…
              </Button>
            )}
            <Button
              loading={acceptMaterials.pending}
              onClick={() => void accept()}
              disabled={!round.notice && round.missingMaterials.length > 0}
            >
              {round.missingMaterials.length > 0 ? '受理并开始逐项审核' : '材料齐全，开始逐项审核'}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}

function Progressing({ round }: { round: ReviewRound }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm">
          九项审核要点已完成 <b>{round.pointsDone}</b> / 9
        </Text>
        <Group gap="xs">
          <Button component={Link} to={`/review/rounds/${round.id}/points/${nextPoint(round)}`}>
            {round.pointsDone === 0 ? '开始逐项审核' : '继续逐项审核'}
          </Button>
          <Button
            component={Link}
            to={`/review/rounds/${round.id}/opinion`}
            variant="default"
            disabled={round.pointsDone < 9}
          >
            审核意见
          </Button>
        </Group>
      </Group>
      <Progress value={(round.pointsDone / 9) * 100} size="sm" color="indigo" aria-label="审核进度" />
      <Group gap={4}>
        {round.findings.map((finding) => (
          <Anchor
            key={finding.point}
            component={Link}
            to={`/review/rounds/${round.id}/points/${finding.point}`}
            underline="never"
          >
            <Group gap={2}>
              <Text size="xs" c="dimmed">
                {finding.point}
              </Text>
              <FindingBadge point={finding.point} finding={finding.finding} />
            </Group>
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}

function Opinion({ round }: { round: ReviewRound }) {
  if (!round.chosenOpinion) return null;
  const signed = round.state === 'signed';
  return (
    <Alert
      color={signed ? OPINION_COLORS[round.chosenOpinion] : 'gray'}
      variant="light"
      title={opinionTitle(round.chosenOpinion)}
    >
      <Stack gap={4}>
        <Text size="sm">{round.reasons}</Text>
        {round.chosenOpinion === 2 && round.corrections && <Text size="sm">需纠正完善的事项：{round.corrections}</Text>}
        <Text size="xs" c="dimmed">
          审核员 {round.reviewerSignedBy} 签署于 {round.reviewerSignedAt ? formatInstant(round.reviewerSignedAt) : '—'}
          {signed
            ? `；法制审核机构负责人 ${round.signedBy} 签署于 ${round.signedAt ? formatInstant(round.signedAt) : '—'}，已锁定`
            : `；待法制审核机构负责人 ${round.head?.name ?? ''} 签署`}
        </Text>
        <Group>
          <Button
            component={Link}
            to={`/review/rounds/${round.id}/opinion`}
            size="xs"
            variant={signed ? 'default' : 'filled'}
          >
            {signed ? '查看审核意见' : '审阅并签署'}
          </Button>
          {signed && <IssuePaperButton kind="review-opinion" id={round.id} label="出具法制审核意见书" />}
        </Group>
      </Stack>
    </Alert>
  );
}

/** The case's current review round: where it stands and the next step, for whoever takes it. */
export function CurrentRoundCard({ round }: { round: ReviewRound }) {
  const [assigning, setAssigning] = useState(false);
  const held = round.triggers.triggers.filter((trigger) => trigger.holds).map((trigger) => trigger.id);
  const editable = round.state !== 'signed' && round.state !== 'reviewer-signed';
  const mayReassign = useMayReassign(round);
  return (
    <Card withBorder component="section" aria-label="法制审核">
      <Group justify="space-between" mb={4}>
        <Group gap="sm">
          <Title order={3} fz={17}>
            法制审核 · 第{round.roundNo}轮
          </Title>
          <RoundStateBadge state={round.state} />
          <Badge variant="outline" color={round.triggers.required ? 'seal' : 'gray'} radius="sm">
            {round.triggers.required ? `应当审核（第${held.join('、')}项情形）` : '非必经审核，本单位决定送审'}
          </Badge>
        </Group>
        <Anchor component={Link} to={`/review/rounds/${round.id}`} size="sm">
          本轮全部记录
        </Anchor>
      </Group>
      <Group gap="lg" mb="sm">
        <Text size="sm" c="dimmed">
          {round.submittedBy} 于 {formatInstant(round.submittedAt)} 送审 · 拟作出决定日期{' '}
          {formatDate(round.decisionDate)}
        </Text>
        <Text size="sm">
          审核员 <b>{round.reviewer?.name ?? '未指定'}</b> · 法制审核机构负责人 <b>{round.head?.name ?? '未指定'}</b>
        </Text>
        {editable && mayReassign && !assigning && (
          <Anchor component="button" size="sm" onClick={() => setAssigning(true)}>
            {round.reviewer && round.head ? '更换' : '指定审核人员'}
          </Anchor>
        )}
      </Group>
      {assigning && (
        <AssignForm round={round} onCancel={() => setAssigning(false)} onDone={() => setAssigning(false)} />
      )}
      {round.certificateProblems.length > 0 && (
        <Alert color="red" variant="light" mb="sm" title="第1项审核要点：执法资格存疑">
          {round.certificateProblems.map((problem) => (
            <Text key={problem.name} size="sm">
              {problem.message}
            </Text>
          ))}
        </Alert>
      )}
      {round.state === 'submitted' && <Completeness round={round} />}
      {round.state === 'supplement-requested' && round.notice && (
        <Stack gap="xs">
          <NoticeCard notice={round.notice} />
          {/* The notice is served on the handling unit while it is pending: printable right here. */}
          <Group>
            <IssuePaperButton kind="supplement-notice" id={round.id} label="出具补正材料通知书" />
          </Group>
          <SupplementForm round={round} />
        </Stack>
      )}
      {round.state === 'in-review' && <Progressing round={round} />}
      {(round.state === 'reviewer-signed' || round.state === 'signed') && <Opinion round={round} />}
    </Card>
  );
}
