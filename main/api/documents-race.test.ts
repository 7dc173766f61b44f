// Two clicks on "出具" for the same record: the first takes the number and writes its files; the
// second, arriving while the first is still pending, is refused instead of issuing a second paper
// with its own number for the same decision.

import { afterEach, describe, expect, it } from 'vitest';
import { reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';
import { TEST_SECRET } from './testing/backend';
import { dbFingerprint } from './testing/db-fingerprint';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

async function signedRound() {
  office = await setUpOffice();
  await office.env.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山司',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
  });
  const round = await submit(office);
  await reviewAll(office, round.id);
  return { round: await signOff(office, round.id, 1), env: office.env };
}

describe('issuing while the same paper is being issued', () => {
  it('refuses the second request for a record’s paper until the first is done', async () => {
    const { round, env } = await signedRound();
    const first = env.backend.dispatch('documents.issue', {
      kind: 'review-opinion',
      id: round.id,
      secret: TEST_SECRET,
    });
    // The first has reserved its number (pending) and is rendering: the second arrives now.
    const before = dbFingerprint(env.dataDir);
    const second = await env.backend.dispatch('documents.issue', {
      kind: 'review-opinion',
      id: round.id,
      secret: TEST_SECRET,
    });
    expect(second).toEqual({ ok: false, error: { code: 'ISSUE_IN_PROGRESS', message: '该文书正在出具，请稍候再试' } });
    expect(dbFingerprint(env.dataDir)).toBe(before);

    expect(await first).toMatchObject({ ok: true, value: { docNumber: '青山司审〔2025〕1号', status: 'issued' } });
    const papers = await env.call('documents.list', {});
    expect(papers.map((paper) => [paper.docNumber, paper.status])).toEqual([['青山司审〔2025〕1号', 'issued']]);
    // Once it is issued, a further request is the usual "already issued".
    expect((await env.fail('documents.issue', { kind: 'review-opinion', id: round.id })).code).toBe('ALREADY_ISSUED');
  });

  it('refuses a second receipt of service for a paper while the first is being issued', async () => {
    const { round, env } = await signedRound();
    const served = await env.call('documents.issue', { kind: 'review-opinion', id: round.id });
    const input = {
      documentId: served.id,
      recipient: '青山镇综合行政执法大队',
      servedOn: '2025-06-02',
      servedTime: '09:00',
      place: '青山镇司法所',
      servers: '陈静',
      method: 'direct',
    };
    const first = env.backend.dispatch('documents.issueReceipt', { ...input, secret: TEST_SECRET });
    const second = await env.backend.dispatch('documents.issueReceipt', { ...input, secret: TEST_SECRET });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'ISSUE_IN_PROGRESS', message: '该文书的送达回证正在出具，请稍候再试' },
    });
    expect(await first).toMatchObject({ ok: true, value: { title: '送达回证', status: 'issued' } });
    expect((await env.call('documents.list', {})).filter((paper) => paper.title === '送达回证')).toHaveLength(1);
  });
});
