// Where each character of a laid-out line goes once alignment is applied: justified lines (not a
// paragraph's last) spread their slack evenly over the gaps between characters — never inside a
// Latin word or number — while centred and right-aligned lines shift as a whole.

import type { LinePositions } from './linebreak';
import type { PlacedLine } from './paginate';

function stretchable(line: PlacedLine, i: number): boolean {
  const { scripts, chars } = line.text;
  return !(scripts[i - 1] === 'latin' && scripts[i] === 'latin' && chars[i - 1] !== ' ' && chars[i] !== ' ');
}

/** x of each character from the line box's left edge, in twips. */
export function justifyLine(line: PlacedLine, placed: LinePositions): number[] {
  const extra = line.width - placed.width;
  const count = line.range.end - line.range.start;
  if (line.stretch && extra > 0 && count > 1) {
    const gaps: boolean[] = [];
    for (let j = 1; j < count; j += 1) gaps.push(stretchable(line, line.range.start + j));
    const stretchCount = gaps.filter(Boolean).length;
    if (stretchCount > 0) {
      const per = extra / stretchCount;
      let shift = 0;
      return placed.xs.map((x, j) => {
        if (j > 0 && gaps[j - 1]) shift += per;
        return x + shift;
      });
    }
  }
  let offset = 0;
  if (line.align === 'center') offset = Math.max(0, extra / 2);
  else if (line.align === 'right') offset = Math.max(0, extra);
  return placed.xs.map((x) => x + offset);
}
