import { afterEach, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import { ADMIN_METHODS, OPEN_METHODS, SIGNED_METHODS } from '../../shared/contract/access';
import { dbFingerprint } from './testing/db-fingerprint';
import { testBackend } from './testing/backend';

// Issue #14, walked over the whole contract: with nobody signed in every method that reads case
// data or changes anything is refused with NOT_SIGNED_IN (the registers and criminal transfers
// included, and whatever is added later); a non-administrator is refused the office's settings;
// a signature without the signer's secret is refused. Each refusal changes nothing.

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

const ALL = Object.keys(contract) as MethodName[];

describe('the whole contract', () => {
  it('opens only the sign-in screen’s methods to nobody', () => {
    expect([...OPEN_METHODS].sort()).toEqual([
      'session.firstAdmin',
      'session.get',
      'session.signIn',
      'session.status',
      'system.info',
    ]);
    // The registers, criminal transfers and every case method are behind sign-in.
    for (const name of ALL.filter((m) => /^(assistance|complaints|supervision|transfers|cases|review)\./.test(m)))
      expect(OPEN_METHODS).not.toContain(name);
  });

  it('refuses every other method with NOT_SIGNED_IN when nobody is signed in, changing nothing', async () => {
    env = testBackend();
    const head = await env.call('staff.create', { name: '张志强', roles: ['head'] });
    await env.call('session.resetSecret', { staffId: head.id, newSecret: 'head-secret-1' });
    const before = dbFingerprint(env.dataDir);
    const desk = env.backend.openClient('浏览器');
    const refused: string[] = [];
    for (const method of ALL) {
      if (OPEN_METHODS.includes(method)) continue;
      // Any input, even a well-formed one: the gate answers before the input is looked at.
      const answer = await desk.dispatch(method, { id: 1, caseId: 1, roundId: 1 });
      if (!answer.ok && answer.error.code === 'NOT_SIGNED_IN') refused.push(method);
      else throw new Error(`${method} answered someone nobody signed in: ${JSON.stringify(answer).slice(0, 200)}`);
    }
    expect(refused.length).toBe(ALL.length - OPEN_METHODS.length);
    expect(refused).toEqual(expect.arrayContaining(['assistance.create', 'complaints.get', 'supervision.list']));
    expect(refused).toEqual(expect.arrayContaining(['transfers.criminal.decide', 'transfers.criminal.get']));
    expect(dbFingerprint(env.dataDir)).toBe(before);
  });

  it('keeps the office’s settings for administrators, and asks for the secret before each signature', async () => {
    env = testBackend();
    const clerk = await env.call('staff.create', { name: '李娜', roles: ['handler', 'clerk'] });
    await env.call('session.resetSecret', { staffId: clerk.id, newSecret: 'clerk-secret-1' });
    const desk = env.backend.openClient('浏览器');
    expect(await desk.dispatch('session.signIn', { staffId: clerk.id, secret: 'clerk-secret-1' })).toMatchObject({
      ok: true,
      value: { admin: false },
    });
    const before = dbFingerprint(env.dataDir);
    for (const method of ADMIN_METHODS) {
      const answer = await desk.dispatch(method, {});
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'ADMIN_REQUIRED' } });
    }
    for (const method of SIGNED_METHODS.filter((m) => !ADMIN_METHODS.includes(m))) {
      const answer = await desk.dispatch(method, { id: 1, roundId: 1, headId: clerk.id });
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'SECRET_REQUIRED', field: 'secret' } });
    }
    expect(dbFingerprint(env.dataDir)).toBe(before);
  });

  it('names every signature the issue lists', () => {
    expect(SIGNED_METHODS).toEqual(
      expect.arrayContaining([
        'review.signOpinion',
        'review.countersign',
        'review.recordDecision',
        'transfers.out.approve',
        'transfers.criminal.decide',
        'documents.issue',
        // Issues the letter's 送达回证 in the same act: the same signature as documents.issueReceipt.
        'transfers.out.recordReceipt',
        'documents.issueReceipt',
        'documents.void',
        'data.restore',
        'profiles.copy',
        'profiles.save',
        'profiles.setDefault',
      ]),
    );
    for (const method of SIGNED_METHODS) expect(ALL).toContain(method);
    for (const method of ADMIN_METHODS) expect(ALL).toContain(method);
  });
});
