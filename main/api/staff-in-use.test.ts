// Staff that open cases still name: deactivating them, or taking away the post a case needs them in,
// is refused until the case is reassigned; a deactivated operator cannot act; and two active people
// of the same name are refused, since no picker could tell them apart.

import { afterEach, describe, expect, it } from 'vitest';
import type { Staff } from '../../shared/contract';
import { as, reviewAll, setUpOffice, submit, type Office } from '../core/review/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';
import { dataContext, TEST_SECRET, VALID_CITIZEN_ID } from './testing/backend';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

async function person(o: Office, id: number): Promise<Staff & { id: number }> {
  const found = (await o.env.call('staff.list', {})).find((staff) => staff.id === id);
  if (!found) throw new Error(`no staff ${id}`);
  return found;
}

/** staff.update with one change, the rest as stored. */
async function changed(o: Office, id: number, change: Partial<Staff>) {
  return { ...(await person(o, id)), ...change };
}

function setActiveBehindTheApi(o: Office, id: number, active: boolean): void {
  const ctx = dataContext(o.env.dataDir);
  ctx.db.prepare('UPDATE staff SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  ctx.db.close();
}

describe('deactivating someone open cases still name', () => {
  it('is refused for a handler of a registered case, naming the first few cases, until they are reassigned', async () => {
    office = await setUpOffice();
    const { env } = office;
    for (const n of [3, 4, 5]) {
      await env.call('cases.create', {
        caseNumber: `青山综执罚〔2025〕${n}号`,
        cause: '违法占道经营',
        party: { type: 'citizen', name: '李某', idCode: VALID_CITIZEN_ID },
        facts: '当事人在人行道上摆摊经营。',
        foundOn: '2025-05-20',
        penaltyKinds: ['fine'],
        fineFen: 50_000,
        discretion: 'standard',
        handlerIds: [office.handler2],
      });
    }
    const error = await refusedUnchanged(
      env,
      'staff.update',
      await changed(office, office.handler2, { active: false }),
    );
    expect(error).toMatchObject({ code: 'STAFF_IN_USE', field: 'active' });
    expect(error.message).toContain(
      '刘晓燕仍在办理未办结的案件，不能停用（承办人：青山综执罚〔2025〕2号、青山综执罚〔2025〕3号、青山综执罚〔2025〕4号等 4 件）',
    );
    expect(error.message).toContain('请先改派：承办人在“案件”中修改');
    expect((await person(office, office.handler2)).active).toBe(true);
  });

  it('is refused for the current operator, and for a reviewer or head of an open round until review.assign replaces them', async () => {
    office = await setUpOffice();
    const { env } = office;
    const self = await refusedUnchanged(env, 'staff.update', await changed(office, office.handler, { active: false }));
    expect(self.message).toContain('王建国正在登录使用，不能停用自己');

    const round = await submit(office);
    const reviewer = await refusedUnchanged(
      env,
      'staff.update',
      await changed(office, office.reviewer, { active: false }),
    );
    expect(reviewer.message).toContain('陈静仍在办理未办结的案件，不能停用（法制审核员：青山综执罚〔2025〕2号）');
    expect(reviewer.message).toContain('法制审核员在审核页“更换审核人员”');
    const head = await refusedUnchanged(env, 'staff.update', await changed(office, office.head, { active: false }));
    expect(head.message).toContain('负责人：青山综执罚〔2025〕2号');

    await as(office, office.head);
    await env.call('review.assign', { roundId: round.id, reviewerId: office.reviewer2, headId: office.head });
    expect((await env.call('staff.update', await changed(office, office.reviewer, { active: false }))).active).toBe(
      false,
    );
  });
});

describe('a deactivated operator', () => {
  it('counts as nobody at the keyboard and cannot take a step that needs a person', async () => {
    office = await setUpOffice();
    const { env } = office;
    const round = await submit(office);
    await as(office, office.reviewer);
    // An older database, or a restored backup, may still have a deactivated person chosen.
    setActiveBehindTheApi(office, office.reviewer, false);
    // The next call ends the session of someone deactivated meanwhile.
    expect((await env.fail('review.acceptMaterials', { roundId: round.id })).code).toBe('NOT_SIGNED_IN');
    expect(await env.call('session.get', {})).toEqual({ staffId: null, name: null, admin: false });
    expect((await env.fail('session.signIn', { staffId: office.reviewer, secret: TEST_SECRET })).message).toContain(
      '陈静 已停用，不能登录',
    );

    setActiveBehindTheApi(office, office.reviewer, true);
    await env.call('session.signIn', { staffId: office.reviewer, secret: TEST_SECRET });
    expect(await env.call('session.get', {})).toEqual({ staffId: office.reviewer, name: '陈静', admin: false });
  });
});

describe('taking away a post an open case needs', () => {
  it('is refused for the handler of a submitted case, the reviewer of an open round and a head awaiting countersign', async () => {
    office = await setUpOffice();
    const { env } = office;
    const round = await submit(office);

    const handler = await refusedUnchanged(
      env,
      'staff.update',
      await changed(office, office.handler2, { roles: ['clerk'] }),
    );
    expect(handler).toMatchObject({ code: 'STAFF_IN_USE', field: 'roles' });
    expect(handler.message).toContain(
      '不能取消刘晓燕的“承办人”岗位：其仍是未办结案件的承办人（青山综执罚〔2025〕2号）',
    );
    expect(handler.message).toContain('已送审的案件须待本轮审核结束后才能修改');
    const reviewer = await refusedUnchanged(
      env,
      'staff.update',
      await changed(office, office.reviewer, { roles: ['handler'] }),
    );
    expect(reviewer.message).toContain('不能取消陈静的“法制审核员”岗位');

    await reviewAll(office, round.id);
    await env.call('review.chooseOpinion', { roundId: round.id, opinion: 1, reasons: '事实清楚，证据充分。' });
    await env.call('review.signOpinion', { roundId: round.id });
    const head = await refusedUnchanged(env, 'staff.update', await changed(office, office.head, { roles: ['clerk'] }));
    expect(head.message).toContain(
      '不能取消孙明的“法制审核机构负责人”岗位：其仍是未办结案件的法制审核机构负责人（青山综执罚〔2025〕2号）',
    );
    expect(head.message).toContain('须其签署或退回审核员后才能更换');

    // Other changes, and adding a post, are not held back.
    expect(
      (
        await env.call(
          'staff.update',
          await changed(office, office.head, { roles: ['review-head', 'clerk'], phone: '138 0000 0000' }),
        )
      ).roles,
    ).toEqual(['review-head', 'clerk']);
    await as(office, office.head);
    await env.call('review.countersign', { roundId: round.id });
    expect((await env.call('staff.update', await changed(office, office.head, { roles: ['clerk'] }))).roles).toEqual([
      'clerk',
    ]);
  });
});

describe('two active people of the same name', () => {
  it('is refused on create, rename and reactivation; a deactivated namesake does not count', async () => {
    office = await setUpOffice();
    const { env } = office;
    const expected = '已有同名人员“王建国”；如确为两人，请在姓名中加以区分，如“王建国（城管）”';
    const created = await refusedUnchanged(env, 'staff.create', { name: '王建国', roles: ['clerk'] });
    expect(created).toMatchObject({ code: 'DUPLICATE', field: 'name', message: expected });
    const renamed = await refusedUnchanged(
      env,
      'staff.update',
      await changed(office, office.reviewer2, { name: '王建国' }),
    );
    expect(renamed.message).toBe(expected);

    const former = await env.call('staff.create', { name: '王建国', roles: ['clerk'], active: false });
    const back = await refusedUnchanged(env, 'staff.update', { ...former, active: true });
    expect(back.message).toBe(expected);
    expect((await env.call('staff.create', { name: '王建国（城管）', roles: ['clerk'] })).active).toBe(true);
  });
});
