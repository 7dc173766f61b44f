import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors';
import {
  checkOfficeTemplate,
  MAX_TEMPLATE_BYTES,
  minimumVersion,
  officeTemplateOfVersion,
  readTemplateTexts,
  resetOfficeTemplate,
  saveOfficeTemplate,
} from './template-office';
import { builtinTemplatesDir, loadTemplate } from './template-store';

const NOW = new Date('2025-06-02T02:00:00.000Z'); // 10:00 in the office
const ID = 'supplement-notice';
const SENTENCE = '特此通知。';

/**
 * A data folder's template folder, and a built-in folder holding this one template at version 1
 * (a copy of the shipped one), so the numbers below do not move when the shipped template changes.
 */
function office(): { builtinDir: string; officeDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'fashen-office-'));
  const builtinDir = join(root, 'builtin');
  mkdirSync(join(builtinDir, 'samples'), { recursive: true });
  const shipped = readFileSync(join(builtinTemplatesDir(), `${ID}.yaml`), 'utf8');
  writeFileSync(join(builtinDir, `${ID}.yaml`), shipped.replace(/^version: \d+$/m, 'version: 1'));
  copyFileSync(join(builtinTemplatesDir(), 'samples', `${ID}.json`), join(builtinDir, 'samples', `${ID}.json`));
  return { builtinDir, officeDir: join(root, 'templates') };
}

const FIXTURE = office();

function dirsLocation(dirs: { builtinDir: string; officeDir: string }) {
  return { builtinDir: dirs.builtinDir, overrideDir: dirs.officeDir };
}

function builtinText(): string {
  return readFileSync(join(FIXTURE.builtinDir, `${ID}.yaml`), 'utf8');
}

/** The built-in text with a new version and, optionally, one sentence changed. */
function edited(version: number, replace: [string, string] = [SENTENCE, '特此通知，请按期补正。']): string {
  const text = builtinText().replace(/^version: \d+$/m, `version: ${version}`);
  expect(text).toContain(replace[0]);
  return text.replace(replace[0], replace[1]);
}

/** Every file below a folder with its contents, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

function failure(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the action to fail');
}

describe('the text an office edits', () => {
  it('is the built-in text until the office has its own copy, then that copy', () => {
    const dirs = office();
    const before = readTemplateTexts(ID, dirs);
    expect(before).toMatchObject({
      text: builtinText(),
      builtinText: builtinText(),
      officeCopy: false,
      source: 'builtin',
      overrideProblem: null,
      minVersion: 2,
    });
    saveOfficeTemplate(ID, edited(2), dirs, { now: NOW });
    const after = readTemplateTexts(ID, dirs);
    expect(after).toMatchObject({
      text: edited(2),
      builtinText: builtinText(),
      officeCopy: true,
      source: 'override',
      minVersion: 3,
    });
  });

  it('shows a hand-placed copy that fails its check, with the reason, so it can be fixed', () => {
    const dirs = office();
    mkdirSync(dirs.officeDir, { recursive: true });
    writeFileSync(join(dirs.officeDir, `${ID}.yaml`), 'id: supplement-notice\nname: 坏模板\nversion: 5\n');
    const texts = readTemplateTexts(ID, dirs);
    expect(texts).toMatchObject({ officeCopy: true, source: 'builtin', minVersion: 6 });
    expect(texts.text).toContain('坏模板');
    expect(texts.overrideProblem).toMatch(/缺少必填项/);
  });
});

describe('checking an edited template', () => {
  it('passes a valid edit and builds the preview model from the sample data', () => {
    const check = checkOfficeTemplate(ID, edited(2), office());
    expect(check.ok).toBe(true);
    expect(check.ok && JSON.stringify(check.model)).toContain('请按期补正');
  });

  it('names the line and the field of a mistake', () => {
    const check = checkOfficeTemplate(ID, edited(2, ['type: paragraph', 'type: paragrap']), office());
    expect(check).toMatchObject({ ok: false, code: 'TEMPLATE_INVALID' });
    expect(!check.ok && check.message).toMatch(
      /^文书模板“supplement-notice”有误，第 \d+ 行（blocks\[\d+\]\.type）：.*paragrap/,
    );
  });

  it('refuses another template’s id, a version not above every earlier one, and oversized text', () => {
    const dirs = office();
    expect(checkOfficeTemplate(ID, edited(2, ['id: supplement-notice', 'id: item-list']), dirs)).toMatchObject({
      ok: false,
      code: 'TEMPLATE_ID_MISMATCH',
      message: expect.stringMatching(/第 \d+ 行（id）：这是补正材料通知书的模板，id 应为“supplement-notice”/),
    });
    expect(checkOfficeTemplate(ID, edited(1), dirs)).toMatchObject({
      ok: false,
      code: 'TEMPLATE_VERSION_TOO_LOW',
      message: expect.stringMatching(/第 \d+ 行（version）：版本号应至少为 2（现为 1）/),
    });
    // A version already on an issued paper is taken, too.
    expect(checkOfficeTemplate(ID, edited(3), dirs, [3])).toMatchObject({
      ok: false,
      message: expect.stringContaining('应至少为 4'),
    });
    const big = `${edited(2)}\n# ${'注'.repeat(MAX_TEMPLATE_BYTES / 3)}\n`;
    expect(checkOfficeTemplate(ID, big, dirs)).toMatchObject({ ok: false, code: 'TEMPLATE_TOO_LARGE' });
  });

  it('says plainly when the template is fine but the shipped sample no longer fits it', () => {
    const text = edited(2, [
      'detail: { type: text, label: 问题说明, required: false }',
      'detail: { type: integer, label: 问题说明, required: false }',
    ]);
    const check = checkOfficeTemplate(ID, text, office());
    expect(check).toMatchObject({ ok: false, code: 'TEMPLATE_SAMPLE_MISMATCH' });
    expect(!check.ok && check.message).toMatch(
      /本身的写法没有问题，但内置的示例数据已填不进它：补正材料通知书的数据有误/,
    );
  });
});

describe('saving and resetting the office copy', () => {
  it('saves a valid copy, which documents then use', () => {
    const dirs = office();
    const recorded: unknown[] = [];
    const saved = saveOfficeTemplate(ID, edited(2), dirs, { now: NOW, record: (s) => recorded.push(s) });
    expect(saved).toMatchObject({ replaced: null, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(recorded).toEqual([saved]);
    expect(readFileSync(join(dirs.officeDir, `${ID}.yaml`), 'utf8')).toBe(edited(2));
    const loaded = loadTemplate(ID, dirsLocation(dirs));
    expect(loaded.source).toBe('override');
    expect(loaded.template.version).toBe(2);
    expect(JSON.stringify(loaded.template.blocks)).toContain('请按期补正');
  });

  it('keeps the earlier copy in replaced/, named by office time, and the new one is used at once', () => {
    const dirs = office();
    saveOfficeTemplate(ID, edited(2), dirs, { now: NOW });
    expect(loadTemplate(ID, dirsLocation(dirs)).template.version).toBe(2);
    const second = saveOfficeTemplate(ID, edited(3, [SENTENCE, '特此通知，逾期不补正的，退回送审材料。']), dirs, {
      now: NOW,
    });
    expect(second.replaced).toMatchObject({ file: 'replaced/supplement-notice-20250602-100000.yaml', version: 2 });
    expect(readFileSync(join(dirs.officeDir, 'replaced', 'supplement-notice-20250602-100000.yaml'), 'utf8')).toBe(
      edited(2),
    );
    const loaded = loadTemplate(ID, dirsLocation(dirs));
    expect(loaded.template.version).toBe(3);
    expect(JSON.stringify(loaded.template.blocks)).toContain('退回送审材料');
    // A third save in the same second gets its own name; the replaced v2 still counts for versions.
    const third = saveOfficeTemplate(ID, edited(4), dirs, { now: NOW });
    expect(third.replaced?.file).toBe('replaced/supplement-notice-20250602-100000-2.yaml');
    expect(minimumVersion(ID, dirs)).toBe(5);
    // Each version's text is still there for the papers made from it.
    expect(JSON.stringify(officeTemplateOfVersion(ID, dirs, 3)?.blocks)).toContain('退回送审材料');
    expect(officeTemplateOfVersion(ID, dirs, 2)?.version).toBe(2);
    expect(officeTemplateOfVersion(ID, dirs, 4)?.version).toBe(4);
    expect(officeTemplateOfVersion(ID, dirs, 9)).toBeNull();
  });

  it('changes nothing on disk when a save is refused, or when recording it fails', () => {
    const dirs = office();
    saveOfficeTemplate(ID, edited(2), dirs, { now: NOW });
    const before = snapshot(dirs.officeDir);
    for (const text of [
      edited(3, ['type: paragraph', 'type: paragrap']),
      edited(3, ['id: supplement-notice', 'id: item-list']),
      edited(2),
      'id: [',
    ]) {
      expect(() => saveOfficeTemplate(ID, text, dirs, { now: NOW })).toThrow();
      expect(snapshot(dirs.officeDir)).toEqual(before);
    }
    const failingRecord = () => {
      throw new Error('audit failed');
    };
    expect(() => saveOfficeTemplate(ID, edited(3), dirs, { now: NOW, record: failingRecord })).toThrow('audit failed');
    expect(snapshot(dirs.officeDir)).toEqual(before);
    expect(loadTemplate(ID, dirsLocation(dirs)).template.version).toBe(2);
  });

  it('resets by moving the copy into replaced/, never deleting it; then the built-in one is used', () => {
    const dirs = office();
    saveOfficeTemplate(ID, edited(2), dirs, { now: NOW });
    expect(loadTemplate(ID, dirsLocation(dirs)).source).toBe('override');
    const aside = resetOfficeTemplate(ID, dirs, { now: new Date('2025-06-02T16:30:05.000Z') });
    expect(aside).toMatchObject({ file: 'replaced/supplement-notice-20250603-003005.yaml', version: 2 });
    expect(existsSync(join(dirs.officeDir, `${ID}.yaml`))).toBe(false);
    expect(readFileSync(join(dirs.officeDir, aside.file), 'utf8')).toBe(edited(2));
    const loaded = loadTemplate(ID, dirsLocation(dirs));
    expect(loaded.source).toBe('builtin');
    expect(JSON.stringify(loaded.template.blocks)).not.toContain('请按期补正');
    // The version the replaced copy used stays taken.
    expect(readTemplateTexts(ID, dirs)).toMatchObject({ officeCopy: false, minVersion: 3 });
    expect(failure(() => resetOfficeTemplate(ID, dirs, { now: NOW }))).toEqual({
      code: 'NO_OFFICE_TEMPLATE',
      message: '“补正材料通知书”没有本单位模板，使用的就是内置模板。',
    });
  });

  it('refuses an unknown template id', () => {
    expect(failure(() => readTemplateTexts('../package', office())).code).toBe('TEMPLATE_NOT_FOUND');
    expect(failure(() => saveOfficeTemplate('no-such', 'id: no-such', office(), { now: NOW })).code).toBe(
      'TEMPLATE_NOT_FOUND',
    );
  });
});
