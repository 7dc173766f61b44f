// The built-in 案卷评查表 (version 0). An office edits its own copy; each save is a new version and a
// draw keeps the version it is scored on. The 一票否决 items are the defects that make a file fail
// whatever its score; their basis is national law where national law says it.

import type { EvaluationItem } from '../../../shared/contract';

export const BUILTIN_SHEET = {
  title: '行政处罚案卷评查表',
  passScore: 60,
  excellentScore: 90,
  items: [
    {
      key: 'veto-subject',
      title: '执法主体不合法（不具有行政主体资格或超越法定职权）',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第三十八条',
    },
    {
      key: 'veto-qualification',
      title: '执法人员未取得执法证件（不具有行政执法资格）',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第四十二条第一款、第七十六条',
    },
    {
      key: 'veto-two-officers',
      title: '执法人员少于两人',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第四十二条第一款：执法人员不得少于两人',
    },
    {
      key: 'veto-transfer',
      title: '应移送司法机关而未移送（以罚代刑）',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第二十七条、第八十二条',
    },
    {
      key: 'veto-evidence',
      title: '主要证据不足或以非法手段取得',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第四十条、第四十六条',
    },
    { key: 'veto-facts', title: '违法事实不清', points: 0, veto: true, basis: '《中华人民共和国行政处罚法》第四十条' },
    { key: 'veto-nature', title: '定性错误', points: 0, veto: true, basis: '涪陵府办〔2024〕1号 二(四) 审核内容' },
    {
      key: 'veto-law',
      title: '适用法律、法规、规章错误',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第七十六条第一款第（一）项',
    },
    {
      key: 'veto-procedure',
      title: '违反法定程序（未告知陈述申辩、听证权利，应审核未审核等）',
      points: 0,
      veto: true,
      basis: '《中华人民共和国行政处罚法》第六十二条、第五十八条',
    },
    {
      key: 'filing',
      title: '立案及时，案件来源、立案审批手续齐全',
      points: 10,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第五十四条第二款',
    },
    {
      key: 'investigation',
      title: '调查取证全面、客观、公正，笔录规范',
      points: 20,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第五十四条、第五十五条',
    },
    {
      key: 'evidence',
      title: '证据确实充分，证据形式合法、相互印证',
      points: 15,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第四十六条',
    },
    {
      key: 'law',
      title: '适用依据准确，引用条款具体到条、款、项',
      points: 10,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第五十九条',
    },
    {
      key: 'discretion',
      title: '自由裁量适当，符合裁量基准',
      points: 10,
      veto: false,
      basis: '灌政办〔2023〕32号 二(三)11',
    },
    {
      key: 'procedure',
      title: '告知、听证、法制审核、集体讨论等程序完备',
      points: 15,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第四十四条、第五十七条、第五十八条、第六十三条',
    },
    {
      key: 'documents',
      title: '执法文书制作规范、送达合法',
      points: 10,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第五十九条、第六十一条',
    },
    {
      key: 'archive',
      title: '案卷装订规范，全过程记录归档完整',
      points: 10,
      veto: false,
      basis: '《中华人民共和国行政处罚法》第四十七条；灌政办〔2023〕32号 二(三)10',
    },
  ] satisfies EvaluationItem[],
};
