import type { HandlerTable } from '../registry';
import {
  answerComplaint,
  complaintView,
  createComplaint,
  listComplaints,
  verifyComplaint,
} from '../../core/complaints/service';

/** 举报投诉 register (issue #19). */
export function registerComplaintsHandlers(table: HandlerTable): void {
  table.register('complaints.list', (input, ctx) => listComplaints(ctx, input));
  table.register('complaints.get', (input, ctx) => complaintView(ctx, input.id));
  table.register('complaints.create', (input, ctx) => createComplaint(ctx, input));
  table.register('complaints.verify', (input, ctx) => verifyComplaint(ctx, input));
  table.register('complaints.answer', (input, ctx) => answerComplaint(ctx, input));
}
