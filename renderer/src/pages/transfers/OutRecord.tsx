// What a transfer out says: the stages it went through, and what it carries.

import { Card, Divider, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import type { TransferOutView } from '../../../../shared/contract';
import {
  outAnswerLabel,
  OUT_DECISION_LABELS,
  SEND_METHOD_LABELS,
  TRANSFER_TARGET_LABELS,
} from '../../../../shared/contract/transfers';
import { MATERIAL_REQUIREMENT_LABELS } from '../../../../shared/domain/review';
import { formatFenAsYuan } from '../../../../shared/money';
import { formatDate, formatInstant } from '../../lib/format';
import { Fact } from './parts';

export function OutTimeline({ view }: { view: TransferOutView }) {
  const stages: Array<{ title: string; done: boolean; text: string }> = [
    { title: '登记移送', done: true, text: `${view.createdBy} · ${formatInstant(view.createdAt)}` },
    ...(view.needsApproval
      ? [
          {
            title: '负责人批准',
            done: view.approval !== null,
            text: view.approval
              ? `${view.approval.by} · ${formatInstant(view.approval.at)}${view.approval.note ? `：${view.approval.note}` : ''}`
              : '待批准',
          },
        ]
      : []),
    {
      title: '移送',
      done: view.sent !== null,
      text: view.sent
        ? `${formatInstant(view.sent.at)} · ${SEND_METHOD_LABELS[view.sent.method]}${view.sent.letterNumber || view.issuedLetterNumber ? ` · ${view.sent.letterNumber || view.issuedLetterNumber}` : ''}`
        : '待移送',
    },
    {
      title: '签收送达回证',
      done: view.receipt !== null,
      text: view.receipt
        ? `${view.receipt.signedBy} · ${formatInstant(view.receipt.receivedAt)}${view.receiptPaper ? ` · 已出具送达回证${view.receiptPaper.docNumber ? ` ${view.receiptPaper.docNumber}` : ''}` : ''}`
        : '待签收',
    },
    {
      title: '书面答复',
      done: view.answer !== null,
      text: view.answer
        ? `${outAnswerLabel(view.target, view.answer.outcome)} · ${formatDate(view.answer.answeredOn)}${view.answer.reason ? `：${view.answer.reason}` : ''}`
        : `待答复（${view.answerWorkingDays} 个工作日内）`,
    },
  ];
  if (view.escalation)
    stages.push({
      title: '报请政府决定',
      done: true,
      text: `${view.escalation.org?.name ?? '受移送单位报请'} · ${formatDate(view.escalation.on)}：${view.escalation.note}`,
    });
  if (view.decision)
    stages.push({
      title: '政府决定',
      done: true,
      text: `${OUT_DECISION_LABELS[view.decision.outcome]} · ${formatDate(view.decision.on)}：${view.decision.note}`,
    });
  if (view.withdrawn)
    stages.push({ title: '撤回', done: true, text: `${formatInstant(view.withdrawn.at)}：${view.withdrawn.reason}` });
  const active = stages.filter((stage) => stage.done).length - 1;
  return (
    <Card withBorder>
      <Title order={3} fz={16} mb="sm">
        办理进程
      </Title>
      <Timeline active={active} bulletSize={14} lineWidth={2}>
        {stages.map((stage) => (
          <Timeline.Item key={stage.title} title={stage.title}>
            <Text size="xs" c={stage.done ? undefined : 'dimmed'}>
              {stage.text}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

export function OutDetails({ view }: { view: TransferOutView }) {
  return (
    <Card withBorder>
      <Title order={3} fz={16} mb="sm">
        移送内容
      </Title>
      <Stack gap={6}>
        <Fact label="移送类型">{TRANSFER_TARGET_LABELS[view.target]}</Fact>
        <Fact label="接收单位">{view.receiver.name}</Fact>
        <Fact label="移送理由">{view.reason}</Fact>
        <Fact label="移送依据">{view.legalBasis}</Fact>
        <Fact label="发现">
          {view.foundAt ? formatInstant(view.foundAt) : formatDate(view.foundOn)}
          {view.origin === 'review-opinion' ? `（第${view.reviewRoundNo ?? ''}轮审核意见）` : ''}
        </Fact>
        {view.urgent && <Fact label="情况紧急">{view.urgentReason}</Fact>}
        {view.ongoing && <Fact label="制止措施">{view.measures}</Fact>}
        {(view.contactName || view.contactPhone) && (
          <Fact label="联系人">{`${view.contactName} ${view.contactPhone}`.trim()}</Fact>
        )}
        <Fact label="适用规则">{`${view.profile.name}（第 ${view.profile.version} 版）`}</Fact>
        <Fact label="移送期限">{view.sendRule}</Fact>
        <Fact label="答复期限">{view.answerRule}</Fact>
        <Fact label="负责人批准">{view.approvalRule}</Fact>
      </Stack>
      <Divider my="md" label="移送材料" labelPosition="left" />
      <Table withTableBorder fz="sm">
        <Table.Tbody>
          {view.materials.map((m) => (
            <Table.Tr key={m.key}>
              <Table.Td w={36} c={m.present ? 'teal.8' : m.requirement === 'optional' ? 'dimmed' : 'red.7'} fw={700}>
                {m.present ? '✓' : m.requirement === 'optional' ? '—' : '✗'}
              </Table.Td>
              <Table.Td>{m.label}</Table.Td>
              <Table.Td c="dimmed">{MATERIAL_REQUIREMENT_LABELS[m.requirement]}</Table.Td>
              <Table.Td c="dimmed">{m.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {view.items.length > 0 && (
        <>
          <Divider my="md" label="涉案物品清单" labelPosition="left" />
          <Table withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>物品</Table.Th>
                <Table.Th>数量</Table.Th>
                <Table.Th>规格</Table.Th>
                <Table.Th>状态</Table.Th>
                <Table.Th>先行处置</Table.Th>
                <Table.Th ta="right">所得款项（元）</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.items.map((item, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    {item.name}
                    {item.note ? (
                      <Text size="xs" c="dimmed">
                        {item.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.quantity}</Table.Td>
                  <Table.Td>{item.spec}</Table.Td>
                  <Table.Td>{item.condition}</Table.Td>
                  <Table.Td>{item.disposed ? `${item.disposal}；留存：${item.evidenceKept}` : '—'}</Table.Td>
                  <Table.Td ta="right">{item.disposed ? formatFenAsYuan(item.proceedsFen) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {view.proceedsTotalFen > 0 && (
            <Text size="sm" ta="right" mt={4}>
              先行处置所得款项合计 {formatFenAsYuan(view.proceedsTotalFen)} 元，随案移送
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
