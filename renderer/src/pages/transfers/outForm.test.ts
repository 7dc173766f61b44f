import { describe, expect, it } from 'vitest';
import { transferReasonFrom } from './outForm';

describe('transferReasonFrom', () => {
  it.each([
    ['当事人占用林地，属于林业部门职权范围，建议移送某某县公安局处理。', '当事人占用林地，属于林业部门职权范围'],
    ['违法行为发生地在白石镇。建议将该案移送白石镇人民政府处理。', '违法行为发生地在白石镇'],
    ['涉嫌非法占用农用地罪，故建议移送某某县公安局依法处理', '涉嫌非法占用农用地罪'],
    ['违法行为发生地不在本镇辖区。', '违法行为发生地不在本镇辖区'],
    ['', ''],
  ])('%s', (reasons, reason) => expect(transferReasonFrom(reasons)).toBe(reason));
});
