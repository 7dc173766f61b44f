import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackend } from '../../api/testing/backend';
import { builtinFontPath, forgetFontBytes } from './fonts';
import { documentFaces, fontParseCount } from './pdf-fonts';
import { listTemplates, prepareDocument, renderModel, sampleData } from './render';
import { nextTurn, warmUpPapers } from './warm-up';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('warming up the paper engine', () => {
  it('parses every face before the first paper, a step per turn of the event loop; papers then parse none', async () => {
    // Test files share a worker's modules: drop the bytes (and so the parsed fonts) kept before.
    const faces = documentFaces(undefined).length;
    for (const face of documentFaces(undefined)) forgetFontBytes(face.file);
    const before = fontParseCount();
    let turns = 0;
    await warmUpPapers(undefined, () => {
      turns += 1;
      return nextTurn();
    });
    expect(fontParseCount() - before).toBe(faces);
    // Libraries (3), the sample's text, the copies, one turn per typeface (5), the sample PDF.
    expect(turns).toBeGreaterThanOrEqual(3 + 2 + 5 + 1);

    for (const { id } of listTemplates()) {
      const { model } = prepareDocument(id, sampleData(id));
      const pdf = await renderModel(model, 'pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(fontParseCount() - before).toBe(faces);
  });

  it('warms the office’s fonts through the backend, and reports — never throws — when they cannot be read', async () => {
    env = testBackend();
    await expect(env.backend.warmUpPapers()).resolves.toEqual({ ok: true });

    const dir = mkdtempSync(join(tmpdir(), 'fashen-warm-'));
    const copy = join(dir, 'simfang.ttf');
    copyFileSync(builtinFontPath('regular'), copy);
    await env.call('documents.savePdfFonts', { body: copy });
    rmSync(dir, { recursive: true });
    const result = await env.backend.warmUpPapers();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain('本单位设置的正文（仿宋）字体用不了');
  });
});
