// One letter, one number: the 案件移送函 that went out carries one 文号. The send step records the
// number of the letter issued in the app (out-service.ts refuses another typed number), and once the
// transfer was sent under a number — typed for a letter made outside the app, or the app's own — no
// new letter is issued for it, since it would take a second number for the same letter.

import type { TransferOutView } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { formatDate } from '../calendar/officeDates';
import { officeDateOf } from '../calendar/officeTime';

export function assertNoSecondLetterNumber(view: TransferOutView): void {
  const sent = view.sent;
  if (!sent || !sent.letterNumber) return;
  throw new AppError(
    'TRANSFER_LETTER_NUMBERED',
    `本案已于${formatDate(officeDateOf(sent.at))}移送${view.receiver.name}，移送函文号为“${sent.letterNumber}”。一份移送函只有一个文号，不能再出具一份另编文号的移送函；该移送函仍以“${sent.letterNumber}”为准。`,
    { field: 'letterNumber' },
  );
}
