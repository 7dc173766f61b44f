import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { HandlerTable } from './registry';
import { buildHandlerTable } from './table';
import { testBackend, VALID_CITIZEN_ID } from './testing/backend';

let env: ReturnType<typeof testBackend>;
afterEach(() => env?.backend.close());

async function seedHandler() {
  return env.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '渝执500102001',
    certValidFrom: '2023-01-01',
    certValidTo: '2027-12-31',
  });
}

function caseInput(handlerId: number) {
  return {
    caseNumber: '某综执罚〔2025〕12号',
    cause: '违法占道经营',
    party: { type: 'citizen' as const, name: '李某某', idCode: VALID_CITIZEN_ID },
    facts: '当事人于2025年5月在某镇某路占用人行道摆摊经营。',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine' as const],
    fineFen: 200_000,
    discretion: 'standard' as const,
    handlerIds: [handlerId],
  };
}

describe('handler table', () => {
  it('has a handler for every contract method', () => {
    expect(buildHandlerTable().missing()).toEqual([]);
    expect(Object.keys(contract).length).toBeGreaterThan(10);
  });

  it('refuses a method registered twice', () => {
    const table = new HandlerTable();
    table.register('staff.list', () => []);
    expect(() => table.register('staff.list', () => [])).toThrow(/twice/);
  });

  it('refuses to start with a method left without a handler', () => {
    const table = new HandlerTable();
    table.register('staff.list', () => []);
    expect(() => table.assertComplete()).toThrow(/without a handler/);
  });
});

describe('cases through the API', () => {
  it('creates a case and reads it back, with its handler and history', async () => {
    env = testBackend();
    const handler = await seedHandler();
    const created = await env.call('cases.create', caseInput(handler.id));
    expect(created).toMatchObject({
      caseNumber: '某综执罚〔2025〕12号',
      fineFen: 200_000,
      status: 'draft',
      handlers: [{ id: handler.id, name: '王建国' }],
    });
    const read = await env.call('cases.get', { id: created.id });
    expect(read).toEqual(created);
    const list = await env.call('cases.list', { query: '占道' });
    expect(list.total).toBe(1);
    const history = await env.call('cases.history', { id: created.id });
    expect(history[0]?.summary).toContain('登记案件');
  });

  it('answers a bad input with one Chinese error naming the field and writes nothing', async () => {
    env = testBackend();
    const handler = await seedHandler();
    const bad = [
      [{ ...caseInput(handler.id), foundOn: '2025-02-30' }, '不是一个存在的日期', 'foundOn'],
      // The clock says 2 June 2025: a case cannot be found tomorrow.
      [
        { ...caseInput(handler.id), foundOn: '2025-06-03' },
        '发现日期（2025年6月3日）晚于今天（2025年6月2日），请核对',
        'foundOn',
      ],
      [{ ...caseInput(handler.id), fineFen: -1 }, '不能为负数', 'fineFen'],
      [{ ...caseInput(handler.id), fineFen: 1.5 }, '精确到分', 'fineFen'],
      [{ ...caseInput(handler.id), cause: '  ' }, '请填写案由', 'cause'],
      [
        { ...caseInput(handler.id), party: { type: 'citizen', name: '李某', idCode: '110105194912310021' } },
        '居民身份证号码不正确',
        'party.idCode',
      ],
      [{ ...caseInput(handler.id), fineFen: 0 }, '请填写金额', 'fineFen'],
      [{ ...caseInput(handler.id), surprise: 1 }, '不认识的字段', ''],
    ] as const;
    for (const [input, message, field] of bad) {
      const error = await env.fail('cases.create', input);
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain(message);
      if (field) expect(error.field).toBe(field);
    }
    expect((await env.call('cases.list', {})).total).toBe(0);
  });

  it('rolls back a command that fails half-way', async () => {
    env = testBackend();
    const handler = await seedHandler();
    await env.call('cases.create', caseInput(handler.id));
    const before = await env.call('cases.history', { id: 1 });
    const clerk = await env.call('staff.create', { name: '赵文书', roles: ['clerk'] });
    const error = await env.fail('cases.update', { ...caseInput(clerk.id), id: 1, cause: '改过的案由' });
    expect(error.message).toContain('不是承办人岗位');
    expect((await env.call('cases.get', { id: 1 })).cause).toBe('违法占道经营');
    expect(await env.call('cases.history', { id: 1 })).toEqual(before);
  });

  it('refuses a duplicate case number', async () => {
    env = testBackend();
    const handler = await seedHandler();
    await env.call('cases.create', caseInput(handler.id));
    const error = await env.fail('cases.create', caseInput(handler.id));
    expect(error).toMatchObject({ code: 'DUPLICATE', field: 'caseNumber' });
  });

  it('answers an unknown method and a non-object input without throwing', async () => {
    env = testBackend();
    expect((await env.fail('cases.drop', {})).code).toBe('UNKNOWN_METHOD');
    expect(await env.fail('cases.get', 'x')).toMatchObject({
      code: 'VALIDATION',
      message: '输入格式有误：应为一组字段（对象）',
    });
    expect(await env.fail('cases.list', { page: 'x' })).toMatchObject({ message: '“页码”应为数字', field: 'page' });
  });
});

describe('office, staff, organisations, operator', () => {
  it('saves the office and signs audit entries with the operator', async () => {
    env = testBackend();
    expect(await env.call('office.get', {})).toBeNull();
    const staff = await env.call('staff.create', { name: '陈审核', roles: ['reviewer'] });
    env.signInAs(staff.id);
    const office = await env.call('office.save', { name: '某某镇人民政府', abbreviation: '某镇' });
    expect(office.abbreviation).toBe('某镇');
    expect((await env.fail('office.save', { name: '某某镇人民政府', abbreviation: '某镇1' })).message).toContain(
      '文号简称',
    );
  });

  it('refuses a certificate validity that ends before it starts', async () => {
    env = testBackend();
    const error = await env.fail('staff.create', {
      name: '王五',
      roles: ['handler'],
      certificateNo: 'X1',
      certValidFrom: '2025-01-02',
      certValidTo: '2025-01-01',
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'certValidTo' });
    expect(await env.call('staff.list', {})).toEqual([]);
  });

  it('refuses a duplicate organisation', async () => {
    env = testBackend();
    await env.call('orgs.create', { name: '某区公安分局', kind: 'public-security' });
    expect((await env.fail('orgs.create', { name: '某区公安分局', kind: 'public-security' })).code).toBe('DUPLICATE');
  });

  it('lists what needs attention: setup first, then expired certificates', async () => {
    env = testBackend('2025-06-02T02:00:00.000Z');
    let items = await env.call('home.attention', {});
    expect(items.map((item) => item.title)).toContain('尚未设置本单位信息');
    await env.call('staff.create', {
      name: '过期人',
      roles: ['handler'],
      certificateNo: 'A1',
      certValidFrom: '2020-01-01',
      certValidTo: '2025-06-01',
    });
    items = await env.call('home.attention', {});
    expect(items[0]).toMatchObject({ level: 'danger', title: '过期人的执法证已过期' });
    // The same reading as settings and the review, citing national law (行政处罚法第四十二条).
    expect(items[0]?.detail).toContain('有效期至2025年6月1日');
    expect(items[0]?.detail).toContain('第四十二条');
  });
});

describe('first run', () => {
  it('asks for setup only on an empty database, and not again once dismissed', async () => {
    env = testBackend();
    expect(await env.call('setup.status', {})).toEqual({ needed: true });
    await env.call('setup.dismiss', {});
    expect(await env.call('setup.status', {})).toEqual({ needed: false });
  });

  it('does not ask when the office already has data', async () => {
    env = testBackend();
    await env.call('staff.create', { name: '陈静', roles: ['reviewer'] });
    expect(await env.call('setup.status', {})).toEqual({ needed: false });
  });
});
