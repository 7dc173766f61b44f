// The office's own template copies, as the API offers them: the file work is in
// documents/template-office.ts; here the data folder, the versions on issued papers and the audit log.

import type { DocumentTemplateId, TemplateCheckResult, TemplateInfo, TemplateText } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { renderModel, loadTemplate } from '../documents/render';
import {
  checkOfficeTemplate,
  officeTemplateOfVersion,
  readTemplateTexts,
  resetOfficeTemplate,
  saveOfficeTemplate,
  type OfficeTemplateDirs,
} from '../documents/template-office';
import type { Template } from '../documents/template-schema';
import { actorName } from '../session/operator';
import { templateLocation } from './service';
import { highestTemplateVersion } from '../papers/store';

function dirs(ctx: CoreContext): OfficeTemplateDirs {
  const overrideDir = templateLocation(ctx).overrideDir;
  if (!overrideDir) throw new Error('no office template folder');
  return { officeDir: overrideDir };
}

/** Every version an issued paper of this template records (so a new office copy goes above them). */
function issuedVersions(ctx: CoreContext, id: string): number[] {
  const highest = highestTemplateVersion(ctx.db, id);
  return highest !== null ? [highest] : [];
}

export function templateInfo(ctx: CoreContext, id: DocumentTemplateId): TemplateInfo {
  const loaded = loadTemplate(id, templateLocation(ctx));
  return {
    id,
    name: loaded.template.name,
    description: loaded.template.description ?? '',
    source: loaded.source,
    overrideProblem: loaded.overrideProblem ?? null,
  };
}

export function templateText(ctx: CoreContext, id: DocumentTemplateId): TemplateText {
  return readTemplateTexts(id, dirs(ctx), issuedVersions(ctx, id));
}

export async function checkTemplateText(
  ctx: CoreContext,
  id: DocumentTemplateId,
  text: string,
): Promise<TemplateCheckResult> {
  const check = checkOfficeTemplate(id, text, dirs(ctx), issuedVersions(ctx, id));
  if (!check.ok) return { ok: false, message: check.message };
  return { ok: true, html: await renderModel(check.model, 'html'), version: check.template.version };
}

/** Run inside the command's transaction: the audit entry is written before the files and rolls back if they fail. */
export function saveTemplate(ctx: CoreContext, id: DocumentTemplateId, text: string): TemplateInfo {
  const at = ctx.now().toISOString();
  saveOfficeTemplate(id, text, dirs(ctx), {
    now: ctx.now(),
    issuedVersions: issuedVersions(ctx, id),
    record: (saved) =>
      appendAudit(ctx.db, {
        at,
        actor: actorName(ctx),
        action: 'template.save',
        entity: 'template',
        entityId: id,
        summary: `保存本单位的${saved.template.name}模板（版本 ${saved.template.version}）${saved.replaced ? `，原模板移至 templates/${saved.replaced.file}` : ''}`,
        before: saved.replaced ?? undefined,
        // The whole text, so the template behind ('override', version) stays on record even if
        // the files in templates/replaced/ are lost.
        after: { file: `${id}.yaml`, version: saved.template.version, sha256: saved.sha256, text },
      }),
  });
  return templateInfo(ctx, id);
}

export function resetTemplate(ctx: CoreContext, id: DocumentTemplateId): TemplateInfo {
  const at = ctx.now().toISOString();
  resetOfficeTemplate(id, dirs(ctx), {
    now: ctx.now(),
    record: (replaced) =>
      appendAudit(ctx.db, {
        at,
        actor: actorName(ctx),
        action: 'template.reset',
        entity: 'template',
        entityId: id,
        summary: `恢复使用内置的${loadTemplate(id).template.name}模板，本单位模板移至 templates/${replaced.file}`,
        before: replaced,
        after: undefined,
      }),
  });
  return templateInfo(ctx, id);
}

/**
 * The template an issued paper was made from, as near as the files allow: the built-in one for a
 * 'builtin' paper (even while an office copy is in use), the office copy with its version for an
 * 'override' one (kept in templates/ or templates/replaced/), else the one in use now.
 */
export function templateOfIssued(
  ctx: CoreContext,
  row: { template_id: string; template_source: 'builtin' | 'override'; template_version: number },
): Template {
  if (row.template_source === 'builtin') return loadTemplate(row.template_id).template;
  return (
    officeTemplateOfVersion(row.template_id, dirs(ctx), row.template_version) ??
    loadTemplate(row.template_id, templateLocation(ctx)).template
  );
}
