import { describe, expect, it } from 'vitest';
import { reviewCommand } from './review';
import type { CliIo } from './types';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin: string | object): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readStdin: () => Promise.resolve(typeof stdin === 'string' ? stdin : JSON.stringify(stdin)),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await reviewCommand(args, io);
  return { code, stdout, stderr };
}

async function refused(args: string[], stdin: string | object): Promise<string> {
  const result = await run(args, stdin);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^[^\n]+\n$/);
  expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
  return result.stderr.trimEnd();
}

const PASSES = Array<string>(9).fill('pass');

describe('review triggers', () => {
  it('puts a 个体工商户 on the citizen line (民法典第五十四条), an organisation on its own', async () => {
    expect((await run(['triggers'], { partyType: 'individual-business', fineFen: 1_999_999 })).stdout).toBe(
      '{"required":true,"triggers":[6]}\n',
    );
    expect((await run(['triggers'], { partyType: 'legal-person', fineFen: 1_999_999 })).stdout).toBe(
      '{"required":false,"triggers":[]}\n',
    );
  });

  it('holds trigger 4 for a penalty the party may ask a hearing for (行政处罚法第六十三条)', async () => {
    expect((await run(['triggers'], { partyType: 'legal-person', penaltyKinds: ['order-suspension'] })).stdout).toBe(
      '{"required":true,"triggers":[4]}\n',
    );
  });

  it('prints the triggers that hold, ascending', async () => {
    const result = await run(['triggers'], { partyType: 'citizen', fineFen: 200_000, hearing: true });
    expect(result).toEqual({ code: 0, stdout: '{"required":true,"triggers":[4,6]}\n', stderr: '' });
  });

  it('defaults every field but partyType, and reports no review for a small fine', async () => {
    expect((await run(['triggers'], { partyType: 'organization', fineFen: 1_999_999 })).stdout).toBe(
      '{"required":false,"triggers":[]}\n',
    );
  });

  it('accepts the full input, judgements and a profile', async () => {
    const input = {
      partyType: 'organization',
      fineFen: 0,
      illegalGainsFen: 2_000_000,
      illegalPropertyFen: 0,
      hearing: false,
      discretion: 'waived',
      judgements: { publicInterest: false, socialRisk: true, majorRights: false, complex: false, otherRule: true },
      profile: 'tancheng',
    };
    expect((await run(['triggers'], input)).stdout).toBe('{"required":true,"triggers":[2,6,7,8]}\n');
    expect((await run(['triggers'], { partyType: 'citizen', judgements: { complex: true } })).stdout).toBe(
      '{"required":true,"triggers":[5]}\n',
    );
  });

  it('refuses input that is not JSON', async () => {
    expect(await refused(['triggers'], '{partyType: citizen}')).toBe('标准输入不是有效的 JSON。');
    expect(await refused(['triggers'], '')).toBe('标准输入为空，应为一个 JSON 对象。');
    expect(await refused(['triggers'], '[1]')).toBe('输入应为 JSON 对象。');
  });

  it('refuses negative or fractional fen, naming the field', async () => {
    expect(await refused(['triggers'], { partyType: 'citizen', fineFen: -1 })).toBe(
      '字段“fineFen”（罚款金额（分））不能为负数。',
    );
    expect(await refused(['triggers'], { partyType: 'citizen', illegalGainsFen: 100.5 })).toBe(
      '字段“illegalGainsFen”（没收违法所得数额（分））应为整数（以分计，不能有小数）。',
    );
    expect(await refused(['triggers'], { partyType: 'citizen', fineFen: '2000' })).toContain('“fineFen”');
  });

  it('refuses a missing partyType, unknown values and unknown keys', async () => {
    expect(await refused(['triggers'], {})).toBe('缺少字段“partyType”（当事人类型）。');
    expect(await refused(['triggers'], { partyType: 'company' })).toBe(
      '字段“partyType”（当事人类型）的取值“company”无效，应为：citizen、individual-business、legal-person、other-org、organization。',
    );
    expect(await refused(['triggers'], { partyType: 'citizen', discretion: 'harsh' })).toContain(
      '“discretion”（裁量情节）',
    );
    expect(await refused(['triggers'], { partyType: 'citizen', fine: 1 })).toBe('输入中有未知字段：“fine”。');
    expect(await refused(['triggers'], { partyType: 'citizen', judgements: { urgent: true } })).toBe(
      '“judgements”（承办人判断）中有未知字段：“urgent”。',
    );
    expect(await refused(['triggers'], { partyType: 'citizen', judgements: { complex: 'yes' } })).toContain(
      '“judgements.complex”',
    );
  });

  it('refuses an unknown profile', async () => {
    expect(await refused(['triggers'], { partyType: 'citizen', profile: 'beijing' })).toContain(
      '未找到规则配置“beijing”',
    );
  });
});

describe('review suggest', () => {
  it('prints the suggested opinion', async () => {
    const findings = [...PASSES];
    findings[2] = 'defect';
    expect(await run(['suggest'], { findings })).toEqual({ code: 0, stdout: '{"opinion":2}\n', stderr: '' });
    expect((await run(['suggest'], { findings: PASSES })).stdout).toBe('{"opinion":1}\n');
    findings[8] = 'crime-suspected';
    expect((await run(['suggest'], { findings })).stdout).toBe('{"opinion":5}\n');
  });

  it('refuses eight findings', async () => {
    expect(await refused(['suggest'], { findings: PASSES.slice(1) })).toBe(
      '字段“findings”（审核结论）应有 9 项，实际为 8 项。',
    );
  });

  it('refuses a finding its point does not allow, or an unknown one', async () => {
    const findings = [...PASSES];
    findings[0] = 'no-jurisdiction';
    expect(await refused(['suggest'], { findings })).toContain(
      '第1项审核要点（执法主体与执法资格）的结论“no-jurisdiction”不适用',
    );
    findings[0] = 'great';
    expect(await refused(['suggest'], { findings })).toContain('“great”不适用');
    expect(await refused(['suggest'], { findings: [...PASSES.slice(1), 3] })).toBe(
      '字段“findings[8]”（第9项审核结论）应为文字。',
    );
  });

  it('refuses unknown keys', async () => {
    expect(await refused(['suggest'], { findings: PASSES, note: 'x' })).toBe('输入中有未知字段：“note”。');
  });
});

describe('review subcommands', () => {
  it('refuses an unknown or missing subcommand without reading stdin', async () => {
    let read = false;
    const io: CliIo = {
      readStdin: () => {
        read = true;
        return Promise.resolve('{}');
      },
      stdout: () => undefined,
      stderr: () => undefined,
    };
    expect(await reviewCommand(['opinion'], io)).toBe(2);
    expect(read).toBe(false);
    expect(await refused([], '{}')).toContain('未知的子命令“”');
    expect(await refused(['triggers', '--json'], { partyType: 'citizen' })).toContain('多余的参数“--json”');
  });
});
