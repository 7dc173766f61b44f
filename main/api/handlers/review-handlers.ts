import type { HandlerTable } from '../registry';
import { acceptMaterials, requestSupplement, supplementMaterials } from '../../core/review/completeness';
import { chooseOpinion, countersign, returnToReviewer, signOpinion } from '../../core/review/opinion-steps';
import { recordDecision } from '../../core/review/decision';
import { hearingSetting, setHearingSetting } from '../../core/review/hearing-setting';
import { savePoint } from '../../core/review/points';
import { reviewQueue } from '../../core/review/queue';
import { caseReviewState, getRound, previewTriggers } from '../../core/review/service';
import { assignRound, submitForReview } from '../../core/review/submit';

/** Legal review (issue #3): every step runs in one transaction and lands in the case's history. */
export function registerReviewHandlers(table: HandlerTable): void {
  table.register('review.state', (input, ctx) => caseReviewState(ctx, input.caseId));
  table.register('review.round', (input, ctx) => getRound(ctx, input.id));
  table.register('review.assessTriggers', (input, ctx) => previewTriggers(ctx, input));
  table.register('review.queue', (_input, ctx) => reviewQueue(ctx));
  table.register('review.submit', (input, ctx) => submitForReview(ctx, input));
  table.register('review.assign', (input, ctx) => assignRound(ctx, input));
  table.register('review.requestSupplement', (input, ctx) => requestSupplement(ctx, input));
  table.register('review.supplement', (input, ctx) => supplementMaterials(ctx, input));
  table.register('review.acceptMaterials', (input, ctx) => acceptMaterials(ctx, input.roundId));
  table.register('review.savePoint', (input, ctx) => savePoint(ctx, input));
  table.register('review.chooseOpinion', (input, ctx) => chooseOpinion(ctx, input));
  table.register('review.signOpinion', (input, ctx) => signOpinion(ctx, input.roundId));
  table.register('review.returnToReviewer', (input, ctx) => returnToReviewer(ctx, input));
  table.register('review.countersign', (input, ctx) => countersign(ctx, input.roundId));
  table.register('review.recordDecision', (input, ctx) => recordDecision(ctx, input));
  table.register('review.hearingSetting', (_input, ctx) => hearingSetting(ctx));
  table.register('review.setHearingSetting', (input, ctx) => setHearingSetting(ctx, input));
}
