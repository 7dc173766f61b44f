import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiContext } from './context';
import { dataContext, issueSampleDocument, testBackend } from './testing/backend';

const ID = 'supplement-notice';
const issueSample = () => issueSampleDocument(env.dataDir, ID);
const OLD = '特此通知。';
const NEW = '特此通知，请按期补正。';

let env: ReturnType<typeof testBackend>;
afterEach(() => env?.backend.close());

function withContext<T>(run: (ctx: ApiContext) => T): T {
  const ctx = dataContext(env.dataDir);
  try {
    return run(ctx);
  } finally {
    ctx.db.close();
  }
}

function audit(action: string): { summary: string; before_json: string | null; after_json: string | null }[] {
  return withContext(
    (ctx) =>
      ctx.db
        .prepare('SELECT summary, before_json, after_json FROM audit_log WHERE action = ? ORDER BY id')
        .all(action) as never,
  );
}

describe('an office’s own copy of a template, through the API', () => {
  it('is edited, checked with a preview, saved, used for papers, and reset to the built-in one', async () => {
    env = testBackend();
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const officeDir = join(env.dataDir, 'templates');

    const start = await env.call('documents.templateText', { templateId: ID });
    // The shipped template's version (v); the office's first copy must be v + 1 or above.
    const v = Number(/^version: (\d+)$/m.exec(start.builtinText)?.[1]);
    expect(start).toMatchObject({ source: 'builtin', officeCopy: false, overrideProblem: null, minVersion: v + 1 });
    expect(start.text).toBe(start.builtinText);
    const text = start.text.replace(/^version: \d+$/m, `version: ${v + 1}`).replace(OLD, NEW);

    // A check changes nothing; a mistake comes back as one sentence naming the line.
    const wrong = await env.call('documents.checkTemplate', {
      templateId: ID,
      text: text.replace('type: paragraph', 'type: paragrap'),
    });
    expect(wrong).toEqual({
      ok: false,
      message: expect.stringMatching(/^文书模板“supplement-notice”有误，第 \d+ 行（blocks\[\d+\]\.type）/),
    });
    const lowVersion = await env.call('documents.checkTemplate', {
      templateId: ID,
      text: text.replace(`version: ${v + 1}`, `version: ${v}`),
    });
    expect(lowVersion).toMatchObject({
      ok: false,
      message: expect.stringContaining(`版本号应至少为 ${v + 1}（现为 ${v}）`),
    });
    const good = await env.call('documents.checkTemplate', { templateId: ID, text });
    expect(good).toMatchObject({ ok: true, version: v + 1 });
    expect(good.ok && good.html).toContain(NEW);
    expect(existsSync(officeDir)).toBe(false);

    // Refused saves change nothing; the boundary refuses oversized text and unknown templates.
    expect(
      await env.fail('documents.saveTemplate', {
        templateId: ID,
        text: text.replace('id: supplement-notice', 'id: item-list'),
      }),
    ).toMatchObject({ code: 'TEMPLATE_ID_MISMATCH' });
    expect(await env.fail('documents.saveTemplate', { templateId: ID, text: 'id: [' })).toMatchObject({
      code: 'TEMPLATE_INVALID',
    });
    expect(await env.fail('documents.saveTemplate', { templateId: ID, text: 'x'.repeat(210_000) })).toMatchObject({
      code: 'VALIDATION',
      message: '模板内容太大，不能超过 200 KB',
    });
    expect(await env.fail('documents.saveTemplate', { templateId: 'other', text })).toMatchObject({
      code: 'VALIDATION',
      message: '没有这种文书模板',
    });
    expect(existsSync(join(officeDir, `${ID}.yaml`))).toBe(false);
    expect(audit('template.save')).toEqual([]);

    const saved = await env.call('documents.saveTemplate', { templateId: ID, text });
    expect(saved).toEqual({
      id: ID,
      name: '补正材料通知书',
      description: expect.any(String),
      source: 'override',
      overrideProblem: null,
    });
    expect(readFileSync(join(officeDir, `${ID}.yaml`), 'utf8')).toBe(text);
    expect((await env.call('documents.templates', {})).find((t) => t.id === ID)?.source).toBe('override');
    expect((await env.call('documents.previewSample', { templateId: ID })).html).toContain(NEW);
    const [entry] = audit('template.save');
    expect(entry?.summary).toBe(`保存本单位的补正材料通知书模板（版本 ${v + 1}）`);
    expect(JSON.parse(entry?.after_json ?? '{}')).toMatchObject({
      file: 'supplement-notice.yaml',
      version: v + 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      text,
    });

    // Papers are made from the office copy and record it.
    const issued = await issueSample();
    expect(issued).toMatchObject({ template_source: 'override', template_version: v + 1 });
    expect((await env.call('documents.preview', { id: issued.id })).html).toContain(NEW);

    // The same version again is refused: ('override', v + 1) already names the saved text.
    expect(
      (await env.fail('documents.saveTemplate', { templateId: ID, text: text.replace(NEW, '特此通知！') })).code,
    ).toBe('TEMPLATE_VERSION_TOO_LOW');

    const reset = await env.call('documents.resetTemplate', { templateId: ID });
    expect(reset).toMatchObject({ source: 'builtin', overrideProblem: null });
    expect(existsSync(join(officeDir, `${ID}.yaml`))).toBe(false);
    const kept = readdirSync(join(officeDir, 'replaced'));
    expect(kept).toEqual(['supplement-notice-20250602-100000.yaml']);
    expect(readFileSync(join(officeDir, 'replaced', kept[0] ?? ''), 'utf8')).toBe(text);
    expect((await env.call('documents.previewSample', { templateId: ID })).html).not.toContain(NEW);
    expect(audit('template.reset').map((row) => row.summary)).toEqual([
      '恢复使用内置的补正材料通知书模板，本单位模板移至 templates/replaced/supplement-notice-20250602-100000.yaml',
    ]);
    expect(await env.fail('documents.resetTemplate', { templateId: ID })).toMatchObject({ code: 'NO_OFFICE_TEMPLATE' });
    expect(await env.call('documents.templateText', { templateId: ID })).toMatchObject({
      officeCopy: false,
      source: 'builtin',
      minVersion: v + 2,
    });
    const issuedAfter = await issueSample();
    expect(issuedAfter).toMatchObject({ template_source: 'builtin', template_version: v });

    // Each issued paper is still shown with the template it was made from.
    expect((await env.call('documents.preview', { id: issued.id })).html).toContain(NEW);
    expect((await env.call('documents.preview', { id: issuedAfter.id })).html).not.toContain(NEW);
    await env.call('documents.saveTemplate', {
      templateId: ID,
      text: text.replace(`version: ${v + 1}`, `version: ${v + 2}`).replace(NEW, '特此通知！'),
    });
    expect((await env.call('documents.preview', { id: issued.id })).html).toContain(NEW);
    expect((await env.call('documents.preview', { id: issuedAfter.id })).html).not.toContain('特此通知！');
  });
});
