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
    // How many fonts had been parsed at each turn of the event loop the warm-up gave back.
    const parsedAtTurns: number[] = [];
    await warmUpPapers(undefined, () => {
      parsedAtTurns.push(fontParseCount());
      return nextTurn();
    });
    expect(fontParseCount() - before).toBe(faces);
    // One face at most between two turns (each parse is a long step of its own), and the parses
    // happen during the warm-up, not at its end.
    const perStep = parsedAtTurns.map((count, i) => count - (i === 0 ? before : (parsedAtTurns[i - 1] ?? before)));
    expect(Math.max(...perStep)).toBeLessThanOrEqual(1);
    expect(perStep.filter((n) => n === 1)).toHaveLength(faces);

    for (const { id } of listTemplates()) {
      const { model } = prepareDocument(id, sampleData(id));
      const pdf = await renderModel(model, 'pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(fontParseCount() - before).toBe(faces);
  });

  it('stops between two steps when its signal is aborted (a server stopping)', async () => {
    for (const face of documentFaces(undefined)) forgetFontBytes(face.file);
    const before = fontParseCount();
    const stopping = new AbortController();
    let turns = 0;
    const warming = warmUpPapers(
      undefined,
      () => {
        turns += 1;
        if (turns === 2) stopping.abort(new Error('正在退出'));
        return nextTurn();
      },
      stopping.signal,
    );
    await expect(warming).rejects.toThrow('正在退出');
    expect(turns).toBe(2);
    expect(fontParseCount()).toBe(before);
  });

  it('warms the office’s fonts through the backend, and reports — never throws — when they cannot be read', async () => {
    env = testBackend();
    await expect(env.backend.warmUpPapers()).resolves.toEqual({ ok: true });

    const dir = mkdtempSync(join(tmpdir(), 'fashen-warm-'));
    const copy = join(dir, 'simfang.ttf');
    copyFileSync(builtinFontPath('regular'), copy);
    await env.call('documents.savePdfFonts', { body: copy });
    // The office's own file is what gets opened (the default faces were opened above).
    const parsedBefore = fontParseCount();
    await expect(env.backend.warmUpPapers()).resolves.toEqual({ ok: true });
    expect(fontParseCount()).toBeGreaterThan(parsedBefore);
    rmSync(dir, { recursive: true });
    const result = await env.backend.warmUpPapers();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain('本单位设置的正文（仿宋）字体用不了');
  });
});
