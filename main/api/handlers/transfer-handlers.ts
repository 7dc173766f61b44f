import type { HandlerTable } from '../registry';
import {
  calendarYearDetail,
  listCalendarYears,
  loadCalendarYear,
  previewCalendarText,
  removeCalendarYear,
} from '../../core/calendar/officeYears';
import { officeDateOf } from '../../core/calendar/officeTime';
import {
  copyOfficeProfile,
  listProfiles,
  profileDetail,
  resolveCaseProfile,
  saveOfficeProfile,
  setDefaultProfile,
} from '../../core/profiles/service';
import { clockOf } from '../../core/calendar/clock';
import { officeTimeOf } from '../../core/calendar/officeDates';
import { previewSendDeadline, transferDraft } from '../../core/transfer/draft';
import {
  acknowledgeTransferIn,
  answerTransferIn,
  linkTransferInCase,
  recordInDecision,
  registerTransferIn,
} from '../../core/transfer/in-service';
import { inView } from '../../core/transfer/in-view';
import { listTransfers, transfersForCase } from '../../core/transfer/list';
import {
  approveTransferOut,
  createTransferOut,
  sendTransferOut,
  updateTransferOut,
  withdrawTransferOut,
} from '../../core/transfer/out-service';
import { escalateTransferOut, recordAnswer, recordOutDecision, recordReceipt } from '../../core/transfer/out-tracking';
import { outView } from '../../core/transfer/out-view';
import {
  criminalDraft,
  decideCriminalTransfer,
  recordCriminalReceipt,
  recordPoliceAnswer,
  recordReconsideration,
  reportCriminalTransfer,
  requestReconsideration,
  requestSupervision,
  returnToAdministrative,
  sendCriminalTransfer,
} from '../../core/transfer/criminal-service';
import { criminalView } from '../../core/transfer/criminal-view';

/** Rule profiles, the working-day calendar, and transfers out and in (issue #5). */
export function registerTransferHandlers(table: HandlerTable): void {
  table.register('profiles.list', (_input, ctx) => listProfiles(ctx.db));
  table.register('profiles.get', (input, ctx) => profileDetail(ctx.db, input.id, input.version));
  table.register('profiles.copy', (input, ctx) => copyOfficeProfile(ctx, input));
  table.register('profiles.save', (input, ctx) => saveOfficeProfile(ctx, input));
  table.register('profiles.setDefault', (input, ctx) => setDefaultProfile(ctx, input.id));
  table.register('profiles.forCase', (input, ctx) => resolveCaseProfile(ctx.db, input.caseId));

  table.register('calendar.years', (_input, ctx) => ({
    years: listCalendarYears(ctx.db),
    today: officeDateOf(ctx.now().toISOString()),
    timeNow: officeTimeOf(ctx.now().toISOString()),
  }));
  table.register('calendar.year', (input, ctx) => calendarYearDetail(ctx.db, input.year));
  table.register('calendar.preview', (input, ctx) => previewCalendarText(ctx.db, input.text));
  table.register('calendar.load', (input, ctx) => loadCalendarYear(ctx, input));
  table.register('calendar.remove', (input, ctx) => removeCalendarYear(ctx, input.year));

  table.register('transfers.list', (input, ctx) => listTransfers(ctx, input.scope));
  table.register('transfers.forCase', (input, ctx) => transfersForCase(ctx, input.caseId));
  table.register('transfers.out.draft', (input, ctx) => transferDraft(ctx, input.caseId));
  table.register('transfers.out.previewDeadline', (input, ctx) => previewSendDeadline(ctx, clockOf(ctx), input));
  table.register('transfers.out.create', (input, ctx) => createTransferOut(ctx, input));
  table.register('transfers.out.update', (input, ctx) => updateTransferOut(ctx, input));
  table.register('transfers.out.get', (input, ctx) => outView(ctx.db, input.id, clockOf(ctx)));
  table.register('transfers.out.approve', (input, ctx) => approveTransferOut(ctx, input));
  table.register('transfers.out.send', (input, ctx) => sendTransferOut(ctx, input));
  table.register('transfers.out.withdraw', (input, ctx) => withdrawTransferOut(ctx, input));
  table.register('transfers.out.recordReceipt', (input, ctx) => recordReceipt(ctx, input));
  table.register('transfers.out.recordAnswer', (input, ctx) => recordAnswer(ctx, input));
  table.register('transfers.out.escalate', (input, ctx) => escalateTransferOut(ctx, input));
  table.register('transfers.out.recordDecision', (input, ctx) => recordOutDecision(ctx, input));

  // A suspected crime: its own path to the police (国务院令第310号, issue #12).
  table.register('transfers.criminal.draft', (input, ctx) => criminalDraft(ctx, input.caseId));
  table.register('transfers.criminal.report', (input, ctx) => reportCriminalTransfer(ctx, input));
  table.register('transfers.criminal.get', (input, ctx) => criminalView(ctx.db, input.id, clockOf(ctx)));
  table.register('transfers.criminal.decide', (input, ctx) => decideCriminalTransfer(ctx, input));
  table.register('transfers.criminal.send', (input, ctx) => sendCriminalTransfer(ctx, input));
  table.register('transfers.criminal.recordReceipt', (input, ctx) => recordCriminalReceipt(ctx, input));
  table.register('transfers.criminal.recordAnswer', (input, ctx) => recordPoliceAnswer(ctx, input));
  table.register('transfers.criminal.reconsider', (input, ctx) => requestReconsideration(ctx, input));
  table.register('transfers.criminal.recordReconsideration', (input, ctx) => recordReconsideration(ctx, input));
  table.register('transfers.criminal.supervision', (input, ctx) => requestSupervision(ctx, input));
  table.register('transfers.criminal.returnToAdministrative', (input, ctx) => returnToAdministrative(ctx, input));

  table.register('transfers.in.register', (input, ctx) => registerTransferIn(ctx, input));
  table.register('transfers.in.get', (input, ctx) => inView(ctx.db, input.id, clockOf(ctx)));
  table.register('transfers.in.acknowledge', (input, ctx) => acknowledgeTransferIn(ctx, input));
  table.register('transfers.in.answer', (input, ctx) => answerTransferIn(ctx, input));
  table.register('transfers.in.linkCase', (input, ctx) => linkTransferInCase(ctx, input));
  table.register('transfers.in.recordDecision', (input, ctx) => recordInDecision(ctx, input));
}
