import type { CaseInput, OrgInput, StaffInput } from '../../shared/contract';
import { creditCodeCheckChar, residentIdCheckChar } from '../../shared/domain/id-codes';

// A believable township office for newcomers and screenshots. Names are invented; the shapes of
// numbers (IDs, credit codes, certificate numbers) are real so that validation passes.

export const DEMO_OFFICE = {
  name: '青山镇人民政府',
  abbreviation: '青山司',
  address: '青山镇人民路 18 号',
  contactPerson: '陈静',
  phone: '023-7288 1234',
  reviewBody: '青山镇司法所',
  handlingUnit: '青山镇综合行政执法大队',
};

export const DEMO_STAFF: StaffInput[] = [
  { name: '王建国', roles: ['handler'], certificateNo: '50010200101', certValidFrom: '2023-03-01', certValidTo: '2028-02-28', phone: '138 2301 0001' },
  { name: '刘晓燕', roles: ['handler'], certificateNo: '50010200102', certValidFrom: '2023-03-01', certValidTo: '2028-02-28', phone: '138 2301 0002' },
  { name: '李强', roles: ['handler'], certificateNo: '50010200087', certValidFrom: '2019-06-01', certValidTo: '2024-05-31', phone: '138 2301 0003' },
  { name: '陈静', roles: ['reviewer'], certificateNo: '50010200066', certValidFrom: '2022-01-01', certValidTo: '2027-12-31', phone: '138 2301 0004' },
  { name: '周律师', roles: ['reviewer'], certificateNo: null, certValidFrom: null, certValidTo: null, phone: '139 0000 1111' },
  { name: '张志强', roles: ['head'], certificateNo: null, certValidFrom: null, certValidTo: null, phone: '138 2301 0005' },
  { name: '赵敏', roles: ['clerk'], certificateNo: null, certValidFrom: null, certValidTo: null, phone: '138 2301 0006' },
];

export const DEMO_ORGS: OrgInput[] = [
  { name: '区公安分局', kind: 'public-security', contactPerson: '法制大队', phone: '023-7222 0110', address: '区政法路 1 号' },
  { name: '区城市管理局', kind: 'department', contactPerson: '执法支队', phone: '023-7222 0001', address: '区滨江大道 20 号' },
  { name: '区市场监督管理局', kind: 'department', contactPerson: '法规科', phone: '023-7222 0002', address: '区兴华路 8 号' },
  { name: '区生态环境局', kind: 'department', contactPerson: '执法支队', phone: '023-7222 0003', address: '区环保路 3 号' },
  { name: '区规划和自然资源局', kind: 'department', contactPerson: '执法科', phone: '023-7222 0004', address: '区建设路 66 号' },
  { name: '白石镇人民政府', kind: 'township', contactPerson: '综合执法大队', phone: '023-7299 0001', address: '白石镇正街 1 号' },
  { name: '区人民政府', kind: 'government', contactPerson: '司法局', phone: '023-7222 0000', address: '区人民路 1 号' },
];

function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function creditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17);
}

type DemoCase = Omit<CaseInput, 'handlerIds'> & { handlers: string[] };

export const DEMO_CASES: DemoCase[] = [
  { caseNumber: '青山综执罚〔2025〕1号', cause: '违法占道经营', party: { type: 'citizen', name: '刘某某', idCode: residentId('50010219800312123'), address: '青山镇新街 5 号' }, facts: '当事人于 2025 年 3 月 2 日起在青山镇新街人行道上摆摊销售水果，占用人行道约 6 平方米，经责令改正后仍未改正。', foundOn: '2025-03-05', penaltyKinds: ['fine'], fineFen: 50_000, discretion: 'standard', legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条', handlers: ['王建国', '刘晓燕'] },
  { caseNumber: '青山综执罚〔2025〕2号', cause: '未经批准擅自建设', party: { type: 'citizen', name: '陈某', idCode: residentId('50010219751105441'), address: '青山镇石桥村 3 组' }, facts: '当事人未取得乡村建设规划许可证，在石桥村 3 组自有宅基地上擅自加建第三层，面积约 120 平方米。', foundOn: '2025-04-10', penaltyKinds: ['fine'], fineFen: 800_000, discretion: 'heavier', hearingHeld: true, legalBasis: '《中华人民共和国城乡规划法》第六十五条', handlers: ['王建国', '刘晓燕'] },
  { caseNumber: '青山综执罚〔2025〕3号', cause: '随意倾倒建筑垃圾', party: { type: 'organization', name: '重庆某某建筑工程有限公司', idCode: creditCode('91500102MA5U7X3K2'), address: '区工业园区 A 区 7 号' }, facts: '当事人运输车辆于 2025 年 4 月 18 日夜间在青山镇滨河路沿线倾倒建筑垃圾约 15 立方米。', foundOn: '2025-04-19', penaltyKinds: ['fine'], fineFen: 3_000_000, discretion: 'standard', legalBasis: '《城市建筑垃圾管理规定》第二十六条', handlers: ['刘晓燕', '王建国'] },
  { caseNumber: '青山综执罚〔2025〕4号', cause: '露天焚烧秸秆', party: { type: 'citizen', name: '黄某某', idCode: residentId('50010219620817662'), address: '青山镇桂花村 6 组' }, facts: '当事人于 2025 年 5 月 6 日在桂花村 6 组承包地内露天焚烧秸秆，过火面积约 2 亩。', foundOn: '2025-05-06', penaltyKinds: ['fine'], fineFen: 20_000, discretion: 'lighter', legalBasis: '《中华人民共和国大气污染防治法》第七十七条、第一百一十九条', handlers: ['王建国', '刘晓燕'] },
  { caseNumber: '青山综执罚〔2025〕5号', cause: '擅自设置大型户外广告', party: { type: 'organization', name: '青山镇某某火锅店', idCode: creditCode('92500102MA60AB12X'), address: '青山镇人民路 66 号' }, facts: '当事人未经批准在临街建筑外墙设置大型户外广告牌一块，面积约 24 平方米。', foundOn: '2025-05-12', penaltyKinds: ['fine'], fineFen: 1_999_999, discretion: 'standard', legalBasis: '《城市市容和环境卫生管理条例》第十一条、第三十六条', handlers: ['刘晓燕', '王建国'] },
  { caseNumber: '青山综执罚〔2025〕6号', cause: '违法占道经营', party: { type: 'citizen', name: '吴某', idCode: residentId('50010219900101002'), address: '青山镇新街 12 号' }, facts: '当事人在青山镇农贸市场外占道经营蔬菜，经多次劝导仍不改正。', foundOn: '2025-06-03', penaltyKinds: ['fine'], fineFen: 200_000, discretion: 'standard', legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条', handlers: ['王建国', '刘晓燕'] },
  { caseNumber: '青山综执罚〔2025〕7号', cause: '未按规定收集处置餐厨垃圾', party: { type: 'organization', name: '青山镇某某农家乐', idCode: creditCode('92500102MA61CD34Y'), address: '青山镇竹林村 2 组' }, facts: '当事人将餐厨垃圾混入生活垃圾投放，未交由有资质的单位收运处置。', foundOn: '2025-06-20', penaltyKinds: ['warning', 'fine'], fineFen: 500_000, discretion: 'mitigated', legalBasis: '《重庆市餐厨垃圾管理办法》第二十五条', handlers: ['刘晓燕', '王建国'] },
  { caseNumber: '青山综执罚〔2025〕8号', cause: '损毁城市绿地', party: { type: 'citizen', name: '郑某某', idCode: residentId('50010219850606333'), address: '青山镇滨河小区 2 栋' }, facts: '当事人擅自砍伐滨河公园绿地内行道树 3 株，并在绿地内堆放杂物。', foundOn: '2025-07-02', penaltyKinds: ['fine', 'confiscate-gains'], fineFen: 150_000, illegalGainsFen: 200_000, discretion: 'standard', legalBasis: '《城市绿化条例》第二十六条', handlers: ['王建国', '刘晓燕'] },
  { caseNumber: '青山综执罚〔2025〕9号', cause: '夜间施工噪声扰民', party: { type: 'organization', name: '重庆某某市政工程有限公司', idCode: creditCode('91500102MA5UAB99Q'), address: '区金科路 100 号' }, facts: '当事人在未取得夜间施工许可的情况下，于 22 时后进行管网开挖作业，群众多次投诉。', foundOn: '2025-08-14', penaltyKinds: ['fine'], fineFen: 2_000_000, discretion: 'standard', legalBasis: '《中华人民共和国噪声污染防治法》第四十三条、第七十七条', handlers: ['刘晓燕', '王建国'] },
  { caseNumber: '青山综执罚〔2025〕10号', cause: '擅自占用林地', party: { type: 'citizen', name: '孙某', idCode: residentId('50010219700909456'), address: '青山镇松林村 1 组' }, facts: '当事人未经批准在松林村集体林地内修建简易房屋约 40 平方米，改变林地用途。', foundOn: '2025-09-01', penaltyKinds: ['other'], discretion: 'waived', legalBasis: '《中华人民共和国森林法》第七十三条', handlers: ['王建国', '刘晓燕'] },
  { caseNumber: '青山综执罚〔2025〕11号', cause: '违规销售散装白酒疑似假酒', party: { type: 'citizen', name: '何某某', idCode: residentId('50010219781212789'), address: '青山镇正街 30 号' }, facts: '当事人经营的小卖部销售散装白酒，群众举报饮用后身体不适，现场查获疑似假冒白酒 60 余斤。', foundOn: '2025-10-09', penaltyKinds: ['confiscate-property'], illegalPropertyFen: 240_000, discretion: 'standard', legalBasis: '待定：可能涉嫌生产、销售伪劣产品', handlers: ['刘晓燕', '王建国'] },
  { caseNumber: '青山综执罚〔2025〕12号', cause: '违法占道经营', party: { type: 'citizen', name: '冯某', idCode: residentId('50010219950505050'), address: '青山镇新街 20 号' }, facts: '当事人在新街人行道上设置烧烤摊点经营，油烟扰民。', foundOn: '2025-11-10', penaltyKinds: ['fine'], fineFen: 30_000, discretion: 'standard', legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条', handlers: ['李强', '王建国'] },
  { caseNumber: '青山综执罚〔2025〕13号', cause: '养殖场未经处理排放养殖废水', party: { type: 'organization', name: '青山镇绿源生猪养殖场', idCode: creditCode('92500102MA5U7K3L0'), address: '青山镇石桥村 4 组' }, facts: '群众举报石桥村河沟水体发黑发臭，经现场检查，该养殖场将未经处理的养殖废水经暗管直接排入河沟。', foundOn: '2025-10-20', penaltyKinds: ['fine'], fineFen: 5_000_000, discretion: 'standard', legalBasis: '《畜禽规模养殖污染防治条例》第四十一条（属生态环境部门职权）', handlers: ['王建国', '刘晓燕'] },
];
