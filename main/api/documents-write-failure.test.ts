import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { issueSampleDocument, testBackend } from './testing/backend';

let env: ReturnType<typeof testBackend>;
afterEach(() => {
  env?.backend.close();
  vi.restoreAllMocks();
});

describe('a document whose file cannot be written', () => {
  it('says which folder and why, logs the technical error, and keeps the number voided with that reason', async () => {
    env = testBackend();
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    // A file where the year's folder should be.
    mkdirSync(join(env.dataDir, 'documents'), { recursive: true });
    writeFileSync(join(env.dataDir, 'documents', '2025'), 'in the way');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await issueSampleDocument(env.dataDir, 'review-opinion').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    const folder = join(env.dataDir, 'documents', '2025');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'DOCUMENT_WRITE_FAILED',
      message: `生成文件失败，本编号作废：无法写入文书文件夹“${folder}”：同名文件挡住了文件夹。`,
    });
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('issuing failed'),
      expect.objectContaining({ code: expect.stringMatching(/^E/) }),
    );
    const [voided] = await env.call('documents.list', {});
    expect(voided).toMatchObject({ status: 'voided', voidReason: expect.stringContaining('同名文件挡住了文件夹') });
  });
});
