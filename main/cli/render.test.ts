import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MAX_DATA_BYTES } from './render';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCommand } from './render';
import type { CliIo } from './types';

async function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readStdin: () => Promise.resolve(stdin),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = await renderCommand(args, io);
  return { code, stdout, stderr };
}

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-render-cli-'));
}

describe('render', () => {
  it('renders a sample to each format', async () => {
    const dir = workDir();
    for (const format of ['docx', 'pdf', 'html']) {
      const out = join(dir, `opinion.${format}`);
      const result = await run(['review-opinion', '--data', 'sample', '--format', format, '--out', out]);
      expect(result).toEqual({ code: 0, stdout: `已生成法制审核意见书：${out}\n`, stderr: '' });
    }
    expect(readFileSync(join(dir, 'opinion.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'opinion.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'opinion.html'), 'utf8')).toContain('法制审核意见书');
    expect(readdirSync(dir).sort()).toEqual(['opinion.docx', 'opinion.html', 'opinion.pdf']);
  });

  it('reads data from a JSON file or standard input', async () => {
    const dir = workDir();
    const data = join(dir, 'data.json');
    const sample = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../templates/samples/acceptance-notice.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(data, JSON.stringify({ ...sample, decision: 'refuse', reason: '该违法行为发生地不在本区。' }));
    expect(
      (await run(['acceptance-notice', '--data', data, '--format', 'html', '--out', join(dir, 'a.html')])).code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain('本机关决定不予受理');
    const piped = await run(
      ['acceptance-notice', '--data', '-', '--format', 'html', '--out', join(dir, 'b.html')],
      JSON.stringify(sample),
    );
    expect(piped.code).toBe(0);
  });

  it.each([
    [['no-such-template', '--data', 'sample', '--format', 'pdf'], '没有编号为“no-such-template”的文书模板'],
    [['review-opinion', '--data', 'sample', '--format', 'odt'], '不支持的文书格式“odt”'],
    [['review-opinion', '--data', '{bad}', '--format', 'pdf'], '无法读取数据文件'],
    [['review-opinion', '--data', 'sample', '--format', 'pdf', '--colour', 'red'], '不认识的选项'],
    [['review-opinion', '--format', 'pdf'], '用法'],
  ])('%j → exit 2, one Chinese line, no output file', async (args, mention) => {
    const dir = workDir();
    const result = await run([...args, '--out', join(dir, 'out.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(mention);
    expect(result.stderr.trimEnd()).not.toContain('\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses data that does not fit the template, naming the field, and writes nothing', async () => {
    const dir = workDir();
    const data = join(dir, 'data.json');
    writeFileSync(data, JSON.stringify({ org: { name: '某某镇人民政府' } }));
    const out = join(dir, 'out.docx');
    const result = await run(['service-receipt', '--data', data, '--format', 'docx', '--out', out]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^送达回证的数据有误：缺少“送达文书”（document）（另有 \d+ 处问题）。\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses data that is not JSON', async () => {
    const dir = workDir();
    const data = join(dir, 'data.json');
    writeFileSync(data, '{ not json');
    const result = await run(['review-opinion', '--data', data, '--format', 'pdf', '--out', join(dir, 'o.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不是有效的 JSON');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('says so when the output folder does not exist', async () => {
    const result = await run([
      'review-opinion',
      '--data',
      'sample',
      '--format',
      'html',
      '--out',
      '/no/such/dir/o.html',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('无法写入输出文件');
  });
});

// The reviewer's three cases: a .ttc collection, a file that is not a font, a font with no Chinese.
describe('render --font-*', () => {
  const ttc = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
  const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
  if (!existsSync(ttc))
    console.warn(`[render] SKIPPING the --font-body .ttc case: ${ttc} missing (apt-get install fonts-noto-cjk)`);
  if (!existsSync(dejavu))
    console.warn(`[render] SKIPPING the no-CJK font case: ${dejavu} missing (apt-get install fonts-dejavu-core)`);

  it.skipIf(!existsSync(ttc))('embeds the simplified-Chinese face of a .ttc collection', async () => {
    const dir = workDir();
    const out = join(dir, 'opinion.pdf');
    const result = await run([
      'review-opinion',
      '--data',
      'sample',
      '--format',
      'pdf',
      '--out',
      out,
      '--font-body',
      ttc,
    ]);
    expect(result).toEqual({ code: 0, stdout: `已生成法制审核意见书：${out}\n`, stderr: '' });
    expect(readFileSync(out, 'latin1')).toContain('NotoSerifCJKsc-Regular');
  });

  it('refuses a file that is not a font: exit 2, one Chinese line, no file', async () => {
    const dir = workDir();
    const notFont = join(dir, 'simfang.ttf');
    writeFileSync(notFont, 'not a font');
    const out = join(dir, 'out', 'opinion.pdf');
    const result = await run([
      'review-opinion',
      '--data',
      'sample',
      '--format',
      'pdf',
      '--out',
      join(dir, 'opinion.pdf'),
      '--font-body',
      notFont,
    ]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `--font-body ${notFont}：“simfang.ttf”不是字体文件（或文件已损坏），请选择 .ttf、.otf 或 .ttc 字体文件。\n`,
    });
    expect(readdirSync(dir)).toEqual(['simfang.ttf']);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!existsSync(dejavu))('refuses a font without Chinese characters, naming it: exit 2, no file', async () => {
    const dir = workDir();
    const result = await run([
      'review-opinion',
      '--data',
      'sample',
      '--format',
      'pdf',
      '--out',
      join(dir, 'opinion.pdf'),
      '--font-heading',
      dejavu,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^--font-heading .*DejaVuSans-Bold\.ttf：字体“DejaVu Sans”（DejaVuSans-Bold\.ttf）缺少文书要用的汉字或符号/,
    );
    expect(result.stderr.trimEnd()).not.toContain('\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a font file that does not exist', async () => {
    const dir = workDir();
    const result = await run([
      'review-opinion',
      '--data',
      'sample',
      '--format',
      'pdf',
      '--out',
      join(dir, 'opinion.pdf'),
      '--font-kai',
      join(dir, 'simkai.ttf'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('找不到字体文件');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('render --office-templates', () => {
  it.each([
    [
      'a folder that does not exist',
      () => '/nonexistent/templates',
      /找不到本单位模板文件夹“\/nonexistent\/templates”/,
    ],
    [
      'a file',
      () => {
        const file = join(mkdtempSync(join(tmpdir(), 'fashen-render-')), 'x.txt');
        writeFileSync(file, 'x');
        return file;
      },
      /不是文件夹/,
    ],
  ])('refuses %s in one Chinese line, writing nothing', async (_label, dir, mention) => {
    const out = join(mkdtempSync(join(tmpdir(), 'fashen-render-')), 'x.html');
    const result = await run([
      'review-opinion',
      '--data',
      'sample',
      '--format',
      'html',
      '--out',
      out,
      '--office-templates',
      dir(),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(mention);
    expect(result.stderr.trimEnd()).not.toContain('\n');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['a device that never ends', '/dev/zero', '不是普通文件'],
    ['a folder', tmpdir(), '不是普通文件'],
  ])('refuses --data that is %s before reading it, in one line', async (_label, data, message) => {
    if (!existsSync(data)) return;
    const result = await run([
      'review-opinion',
      '--data',
      data,
      '--format',
      'html',
      '--out',
      join(workDir(), 'x.html'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a --data file over the size limit', async () => {
    const dir = workDir();
    const data = join(dir, 'big.json');
    writeFileSync(data, `{"x":"${'a'.repeat(MAX_DATA_BYTES)}"}`);
    const result = await run(['review-opinion', '--data', data, '--format', 'html', '--out', join(dir, 'x.html')]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('数据文件超过 4 MB') });
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });
});
