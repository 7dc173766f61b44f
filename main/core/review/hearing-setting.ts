// The office's 较大数额 for 《行政处罚法》第六十三条 (the law leaves it to local rules): stored as an
// office setting with the source the office names, never as a number the app invents.

import type { HearingSetting, ParsedInputOf } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';
import { getSetting, setSetting } from '../session/settings';
import type { HearingLargeAmount } from './triggers';

const KEY = 'review.hearingLargeAmount';

export function hearingLargeAmount(db: Db): HearingLargeAmount | null {
  const value = getSetting(db, KEY);
  return value === null ? null : (JSON.parse(value) as HearingLargeAmount);
}

export function hearingSetting(ctx: CoreContext): HearingSetting {
  return { largeAmount: hearingLargeAmount(ctx.db) };
}

export function setHearingSetting(ctx: CoreContext, input: ParsedInputOf<'review.setHearingSetting'>): HearingSetting {
  const before = hearingSetting(ctx);
  setSetting(ctx.db, KEY, input.largeAmount === null ? null : JSON.stringify(input.largeAmount));
  const after = hearingSetting(ctx);
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx.db),
    action: 'review.setHearingSetting',
    entity: 'settings',
    entityId: KEY,
    summary: input.largeAmount ? `设置听证“较大数额”（依据：${input.largeAmount.source}）` : '清除听证“较大数额”设置',
    before,
    after,
  });
  return after;
}
