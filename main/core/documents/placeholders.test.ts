import { describe, expect, it } from 'vitest';
import { PlaceholderSyntaxError, parseText } from './placeholders';

describe('parseText', () => {
  it('splits literals and placeholders', () => {
    expect(parseText('案件编号：{{case.number}}。')).toEqual([
      { kind: 'literal', text: '案件编号：' },
      { kind: 'expr', expr: { kind: 'path', path: ['case', 'number'], format: undefined }, source: '{{case.number}}' },
      { kind: 'literal', text: '。' },
    ]);
  });

  it('reads loop positions, aggregates and the capitals format', () => {
    const kinds = parseText('{{@index}}{{@cn}}{{count(items)}}{{sum(items.proceeds)|upper}}{{ fine | upper }}').map(
      (p) => (p.kind === 'expr' ? p.expr : null),
    );
    expect(kinds).toEqual([
      { kind: 'index' },
      { kind: 'cn' },
      { kind: 'count', path: ['items'] },
      { kind: 'sum', path: ['items', 'proceeds'], format: 'upper' },
      { kind: 'path', path: ['fine'], format: 'upper' },
    ]);
  });

  it.each(['{{case.number', '{{ case number }}', '{{x|bold}}', '{{a{{b}}}}', '{{@index|upper}}'])(
    'refuses %s',
    (text) => {
      expect(() => parseText(text)).toThrow(PlaceholderSyntaxError);
    },
  );
});
