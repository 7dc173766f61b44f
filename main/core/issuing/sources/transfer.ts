import type { TransferOutView } from '../../../../shared/contract';
import type { CoreContext } from '../../context';
import { getCase } from '../../cases/service';
import { AppError } from '../../../../shared/errors';
import { clockOf } from '../../calendar/clock';
import { outView } from '../../transfers/out-view';
import { officeDateOf } from '../../calendar/officeTime';
import { withoutEndPunctuation } from '../../documents/punctuation';
import { getProfile } from '../../profiles/service';
import { localRules } from '../../profiles/local-rules';
import { caseTitle, officeForPapers, partyDescription, profileBasis, type PaperSource, paperContact } from './common';

// Data for the transfer papers, from the transfer-out record and its case.

function transferOf(ctx: CoreContext, id: number): TransferOutView {
  return outView(ctx.db, id, clockOf(ctx));
}

/**
 * The reason as the letter's sentence takes it: without its closing punctuation (the template goes on
 * after it), and, between administrative bodies, without a closing "不属于本机关管辖" (the letter says
 * that itself; a reason that said nothing else is left out).
 */
function letterReason(view: TransferOutView): { reason?: string } {
  const typed = withoutEndPunctuation(view.reason);
  if (view.target !== 'jurisdiction') return { reason: typed };
  const reason = typed.replace(/[，,；;]?\s*(?:因此|故|因而)?不属于本(?:机关|单位|镇|街道)管辖$/u, '').trim();
  return reason ? { reason } : {};
}

export function transferLetterData(ctx: CoreContext, id: number): PaperSource {
  const view = transferOf(ctx, id);
  const record = getCase(ctx, view.caseId);
  const office = officeForPapers(ctx, []);
  const local = localRules(getProfile(ctx.db, view.profile.id, view.profile.version));
  // The letter heads the seed's list of what goes to the receiver (涪陵 二(三) "1.案件移送函"), but a
  // letter does not attach itself: its 附件说明 and its 移送材料清单 (…号附) list what goes with it.
  const materials = view.materials.filter((material) => material.present && material.key !== 'transfer-letter');
  if (materials.length === 0)
    throw new AppError(
      'NO_MATERIALS',
      '移送函须附移送材料：请先在移送记录中勾选随函移送的材料（如案件材料、涉案物品清单），移送函本身不算附件',
    );
  // One letter, one number: a letter that went out (made outside the app, or issued here and then
  // voided for a misprint) is issued under the number and date it went out with — never a new number.
  // issueFromSource keeps it to one paper in force per transfer.
  const sent = view.sent?.letterNumber.trim() ? view.sent : null;
  const data = {
    org: { name: office.name },
    document: sent
      ? { number: sent.letterNumber, date: officeDateOf(sent.at) }
      : { date: officeDateOf(ctx.now().toISOString()) },
    receiver: view.receiver.name,
    target: view.target,
    basis: profileBasis(ctx, view.profile),
    case: {
      title: caseTitle(record),
      foundOn: view.foundOn,
      source: `办理${record.caseNumber}案件过程`,
      // "发现，何某某有违规销售散装白酒的行为": the 案由 as typed, without a 案 or 涉嫌 it may carry.
      party: record.party.name,
      cause: withoutEndPunctuation(record.cause).replace(/^涉嫌/u, '').replace(/案$/u, ''),
      facts: record.facts,
      // The template writes the sentence around it: a reason typed with its own full stop would print "。，".
      ...letterReason(view),
      jurisdictionBasis: view.legalBasis || '有关法律、法规',
    },
    ongoing: view.ongoing,
    ...(view.ongoing ? { measures: view.measures || '已责令当事人立即停止违法行为' } : {}),
    answerDays: view.answerWorkingDays,
    // "Report to the government, never pass it on" is the rule between administrative bodies only.
    // Each profile's own words: 涪陵 二(三) 报请区人民政府决定/不得再行移送; 周村 不予受理的说明理由; 郯城 协商.
    ...(view.target === 'jurisdiction' && local.letterAnswerNote ? { answerNote: local.letterAnswerNote } : {}),
    ...paperContact([view.contactName, office.contactPerson], [view.contactPhone, office.phone]),
    // The item list is a paper of its own, named in the letter rather than attached to it.
    ...(view.items.length ? { items: true } : {}),
    materialCopies: materials.length,
    materials: materials.map((material) => ({
      name: material.label,
      copies: 1,
      ...(material.note ? { note: material.note } : {}),
    })),
  };
  return { caseId: view.caseId, data, recordedNumber: sent !== null };
}

export function itemListData(ctx: CoreContext, id: number): PaperSource {
  const view = transferOf(ctx, id);
  const record = getCase(ctx, view.caseId);
  const office = officeForPapers(ctx, []);
  const kept = view.items.filter((item) => !item.disposed);
  const disposed = view.items.filter((item) => item.disposed);
  if (kept.length === 0 && disposed.length === 0)
    throw new AppError('NO_ITEMS', '该移送没有登记涉案物品，无需出具涉案物品清单');
  const data = {
    org: { name: office.name },
    case: { number: record.caseNumber, title: caseTitle(record), party: partyDescription(record) },
    transfer: {
      number: view.issuedLetterNumber ?? (view.sent?.letterNumber.trim() || '（随案件移送函）'),
      receiver: view.receiver.name,
      date: view.sent ? officeDateOf(view.sent.at) : officeDateOf(ctx.now().toISOString()),
    },
    // The template lists at least one item kept; a transfer of disposed items only says so.
    items: kept.length
      ? kept.map((item) => ({
          name: item.name,
          quantity: item.quantity,
          state: item.condition || '—',
          ...(item.spec ? { spec: item.spec } : {}),
          ...(item.grade ? { grade: item.grade } : {}),
          ...(item.form ? { form: item.form } : {}),
          ...(item.note ? { note: item.note } : {}),
        }))
      : [{ name: '（无留存实物，均已先行处置）', quantity: '—', state: '—' }],
    ...(disposed.length
      ? {
          disposed: disposed.map((item) => ({
            name: item.name,
            quantity: item.quantity,
            method: item.disposal || '先行处置',
            proceeds: item.proceedsFen,
            evidence: item.evidenceKept || '—',
          })),
        }
      : {}),
  };
  return { caseId: view.caseId, data };
}
