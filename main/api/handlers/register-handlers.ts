import type { HandlerTable } from '../registry';
import {
  answerAssistance,
  assistanceView,
  createAssistance,
  listAssistance,
  updateAssistanceRequest,
} from '../../core/assistance/service';
import {
  answerComplaint,
  complaintView,
  createComplaint,
  listComplaints,
  verifyComplaint,
} from '../../core/complaints/service';
import {
  closeSupervisionMatter,
  createSupervision,
  listSupervision,
  reportSupervision,
  supervisionView,
} from '../../core/supervision/service';

/** The township desk's other registers (issue #19): 执法协助, 举报投诉, 执法监督. */
export function registerRegisterHandlers(table: HandlerTable): void {
  table.register('assistance.list', (input, ctx) => listAssistance(ctx, input));
  table.register('assistance.get', (input, ctx) => assistanceView(ctx, input.id));
  table.register('assistance.create', (input, ctx) => createAssistance(ctx, input));
  table.register('assistance.update', (input, ctx) => updateAssistanceRequest(ctx, input));
  table.register('assistance.answer', (input, ctx) => answerAssistance(ctx, input));

  table.register('complaints.list', (input, ctx) => listComplaints(ctx, input));
  table.register('complaints.get', (input, ctx) => complaintView(ctx, input.id));
  table.register('complaints.create', (input, ctx) => createComplaint(ctx, input));
  table.register('complaints.verify', (input, ctx) => verifyComplaint(ctx, input));
  table.register('complaints.answer', (input, ctx) => answerComplaint(ctx, input));

  table.register('supervision.list', (input, ctx) => listSupervision(ctx, input));
  table.register('supervision.get', (input, ctx) => supervisionView(ctx, input.id));
  table.register('supervision.create', (input, ctx) => createSupervision(ctx, input));
  table.register('supervision.report', (input, ctx) => reportSupervision(ctx, input));
  table.register('supervision.close', (input, ctx) => closeSupervisionMatter(ctx, input));
}
