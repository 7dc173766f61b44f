// Colours of the transfer vocabulary, so every screen reads alike: red past, amber near, blue open.

import type { DeadlineView, TransferInState, TransferOutState } from '../../../../shared/contract';

export const LEVEL_COLORS: Record<DeadlineView['level'], string> = { danger: 'red', warning: 'orange', info: 'blue' };
export const LEVEL_LABELS: Record<DeadlineView['level'], string> = {
  danger: '已逾期',
  warning: '即将到期',
  info: '期限内',
};

export const OUT_STATE_COLORS: Record<TransferOutState, string> = {
  'awaiting-approval': 'yellow',
  ready: 'grape',
  sent: 'blue',
  received: 'indigo',
  accepted: 'teal',
  refused: 'red',
  escalated: 'orange',
  decided: 'dark',
  withdrawn: 'gray',
};

export const IN_STATE_COLORS: Record<TransferInState, string> = {
  registered: 'yellow',
  acknowledged: 'blue',
  accepted: 'teal',
  refused: 'red',
  escalated: 'orange',
  decided: 'dark',
};
