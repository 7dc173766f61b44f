import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTemplatesDir, listTemplates, loadTemplate, sampleData } from './template-store';

const IDS = [
  'acceptance-notice',
  'annual-report',
  'assistance-letter',
  'assistance-reply',
  'complaint-answer',
  'criminal-transfer-letter',
  'dispute-request',
  'evaluation-record',
  'item-list',
  'review-opinion',
  'service-receipt',
  'sharing-letter',
  'supervision-report',
  'supplement-notice',
  'transfer-letter',
];

describe('built-in templates', () => {
  it('lists every document type with their Chinese names', () => {
    const list = listTemplates();
    expect(list.map((t) => t.id)).toEqual(IDS);
    expect(list.find((t) => t.id === 'service-receipt')?.name).toBe('送达回证');
    expect(list.every((t) => t.description.length > 0)).toBe(true);
  });

  it('ships sample data for each', () => {
    for (const id of IDS) expect(sampleData(id)).toEqual(expect.any(Object));
  });

  it('refuses an unknown id, and ids that could leave the folder', () => {
    for (const id of ['no-such-document', '../package', 'REVIEW-OPINION']) {
      expect(() => loadTemplate(id)).toThrow(expect.objectContaining({ code: 'TEMPLATE_NOT_FOUND' }));
    }
  });
});

describe('office overrides', () => {
  function officeDir(): string {
    return mkdtempSync(join(tmpdir(), 'fashen-templates-'));
  }

  it('prefers the office copy when it is valid and says so', () => {
    const dir = officeDir();
    const text = readFileSync(join(builtinTemplatesDir(), 'acceptance-notice.yaml'), 'utf8').replace(
      'name: 受理情况告知书',
      'name: 案件受理情况告知书',
    );
    writeFileSync(join(dir, 'acceptance-notice.yaml'), text);
    const loaded = loadTemplate('acceptance-notice', { overrideDir: dir });
    expect(loaded.source).toBe('override');
    expect(loaded.path).toBe(join(dir, 'acceptance-notice.yaml'));
    expect(loaded.template.name).toBe('案件受理情况告知书');
  });

  it('falls back to the built-in template when the office copy is invalid, and reports why', () => {
    const dir = officeDir();
    writeFileSync(join(dir, 'acceptance-notice.yaml'), 'id: acceptance-notice\nname: 坏模板\n');
    const loaded = loadTemplate('acceptance-notice', { overrideDir: dir });
    expect(loaded.source).toBe('builtin');
    expect(loaded.overrideProblem).toMatch(/文书模板“acceptance-notice”有误.*缺少必填项/);
  });

  it('uses the built-in template when the office has no copy of it', () => {
    const dir = officeDir();
    copyFileSync(join(builtinTemplatesDir(), 'item-list.yaml'), join(dir, 'item-list.yaml'));
    const loaded = loadTemplate('service-receipt', { overrideDir: dir });
    expect(loaded.source).toBe('builtin');
    expect(loaded.overrideProblem).toBeUndefined();
  });
});
