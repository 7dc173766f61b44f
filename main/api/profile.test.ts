import { afterEach, describe, expect, it } from 'vitest';
import type { RuleProfile } from '../../shared/domain/profile';
import { seedCase, seedStaff, useProfile, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

describe('rule profiles through the API', () => {
  it('lists the three shipped profiles with 涪陵 as the default, each number with its source', async () => {
    env = testBackend();
    const list = await env.call('profiles.list', {});
    expect(list.map((p) => [p.id, p.builtin, p.isDefault])).toEqual([
      ['fuling', true, true],
      ['zhoucun', true, false],
      ['tancheng', true, false],
    ]);
    const zhoucun = await env.call('profiles.get', { id: 'zhoucun', version: null });
    expect(zhoucun.profile.deadlines.transferWorkingDays).toMatchObject({
      value: 2,
      source: { kind: 'seed', section: '二(四)3' },
    });
    expect((await env.fail('profiles.get', { id: 'beijing', version: null })).code).toBe('PROFILE_NOT_FOUND');
  });

  it('copies a profile, saves edits as new versions, and refuses what would misquote a source', async () => {
    env = testBackend();
    await seedStaff(env);
    const copy = await env.call('profiles.copy', { fromId: 'fuling', newId: 'qingshan', name: '青山镇规则' });
    expect(copy.summary).toMatchObject({
      id: 'qingshan',
      version: 1,
      builtin: false,
      basedOn: { id: 'fuling', version: 1 },
    });
    expect(copy.versions).toEqual([
      expect.objectContaining({
        version: 1,
        createdBy: '王建国',
        note: '复制自“涪陵区（涪陵府办〔2024〕1号）”第 1 版',
      }),
    ]);
    expect((await env.fail('profiles.copy', { fromId: 'fuling', newId: 'qingshan', name: '重复' })).code).toBe(
      'PROFILE_ID_TAKEN',
    );
    expect((await env.fail('profiles.copy', { fromId: 'fuling', newId: 'zhoucun', name: '重复' })).code).toBe(
      'PROFILE_ID_TAKEN',
    );

    const edited: RuleProfile = structuredClone(copy.profile);
    edited.deadlines.transferWorkingDays.value = 3;
    // The 涪陵 quote says 5 working days: it cannot stand behind 3.
    const misquoted = await env.fail('profiles.save', { profile: edited, baseVersion: 1, note: '缩短移送期限' });
    expect(misquoted.message).toContain('不含“3个工作日”');
    edited.deadlines.transferWorkingDays.source = { kind: 'office-setting', note: '镇政府要求 3 个工作日内移送' };
    const saved = await env.call('profiles.save', { profile: edited, baseVersion: 1, note: '缩短移送期限' });
    expect(saved.summary.version).toBe(2);
    expect(saved.profile.deadlines.transferWorkingDays).toEqual({
      value: 3,
      source: { kind: 'office-setting', note: '镇政府要求 3 个工作日内移送' },
    });
    expect(saved.versions.map((v) => v.version)).toEqual([2, 1]);

    const stale = await env.fail('profiles.save', { profile: edited, baseVersion: 1, note: '再改一次' });
    expect(stale.code).toBe('PROFILE_STALE');
    const invented = structuredClone(saved.profile);
    invented.deadlines.answerWorkingDays.source = {
      kind: 'seed',
      file: '002_9eda03d24f855a6e.txt',
      section: '二(三)',
      quote: '应在5个工作日内答复，逾期视为受理',
    };
    expect((await env.fail('profiles.save', { profile: invented, baseVersion: 2, note: '改引用' })).code).toBe(
      'PROFILE_CITATION_UNKNOWN',
    );
    const builtin = (await env.call('profiles.get', { id: 'fuling', version: null })).profile;
    expect((await env.fail('profiles.save', { profile: builtin, baseVersion: 1, note: '改内置' })).code).toBe(
      'PROFILE_BUILTIN',
    );
    expect(
      (await env.call('profiles.get', { id: 'qingshan', version: 1 })).profile.deadlines.transferWorkingDays.value,
    ).toBe(5);
  });

  it('pins the version a case runs under: a later edit does not change it', async () => {
    env = testBackend();
    const staff = await seedStaff(env);
    const copy = await env.call('profiles.copy', { fromId: 'tancheng', newId: 'office', name: '本所规则' });
    const v2 = structuredClone(copy.profile);
    v2.deadlines.answerWorkingDays = { value: 4, source: { kind: 'office-setting' } };
    await env.call('profiles.save', { profile: v2, baseVersion: 1, note: '答复期限 4 个工作日' });
    const record = await seedCase(env, [staff.handler], '2025-05-20');
    expect(await env.call('profiles.forCase', { caseId: record.id })).toMatchObject({
      profile: { id: 'fuling' },
      pinnedVersion: 1,
    });
    useProfile(env, record.id, 'office');
    expect(await env.call('profiles.forCase', { caseId: record.id })).toMatchObject({
      pinnedVersion: 2,
      latestVersion: 2,
      profile: { deadlines: { answerWorkingDays: { value: 4 } } },
    });

    const v3 = structuredClone(v2);
    v3.deadlines.answerWorkingDays = { value: 7, source: { kind: 'office-setting' } };
    await env.call('profiles.save', { profile: v3, baseVersion: 2, note: '答复期限 7 个工作日' });
    const pinned = await env.call('profiles.forCase', { caseId: record.id });
    expect(pinned).toMatchObject({
      pinnedVersion: 2,
      latestVersion: 3,
      profile: { version: 2, deadlines: { answerWorkingDays: { value: 4 } } },
    });
    expect((await env.call('profiles.get', { id: 'office', version: null })).pinnedCases).toBe(1);
  });

  it('lets the office choose its default and writes the choice to the audit log', async () => {
    env = testBackend();
    const list = await env.call('profiles.setDefault', { id: 'tancheng' });
    expect(list.filter((p) => p.isDefault).map((p) => p.id)).toEqual(['tancheng']);
    expect((await env.fail('profiles.setDefault', { id: 'nowhere' })).code).toBe('PROFILE_NOT_FOUND');
  });
});
