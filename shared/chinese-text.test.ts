import { describe, expect, it } from 'vitest';
import { chinesePunctuation } from './chinese-text';

describe('chinesePunctuation', () => {
  it.each([
    [
      '认为不属于本单位管辖的,应当书面报请区政府决定,不得再行移送',
      '认为不属于本单位管辖的，应当书面报请区政府决定，不得再行移送',
    ],
    ['提请县司法局按程序协调解决;涉及职责划分事宜', '提请县司法局按程序协调解决；涉及职责划分事宜'],
    ['罚款5,000元', '罚款5,000元'],
    ['10:30开会', '10:30开会'],
    ['情况紧急的, 应在24小时内移送', '情况紧急的，应在24小时内移送'],
    ['“移送”,并', '“移送”，并'],
  ])('%s', (text, printed) => expect(chinesePunctuation(text)).toBe(printed));
});
