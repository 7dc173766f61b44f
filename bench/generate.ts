import type { Db } from '../main/db/open';
import { appendAudit } from '../main/core/audit/log';

// Realistic-looking volume for a township office after many years: the same shapes as real data
// (Chinese causes, names, facts of a few sentences), generated deterministically.

const CAUSES = [
  '违法占道经营',
  '未经批准擅自建设',
  '随意倾倒建筑垃圾',
  '露天焚烧秸秆',
  '擅自设置户外广告',
  '夜间施工噪声扰民',
  '损毁城市绿地',
  '擅自占用林地',
  '未按规定处置餐厨垃圾',
  '违规搭建棚屋',
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const PLACES = ['新街', '人民路', '滨河路', '农贸市场', '石桥村', '桂花村', '松林村', '竹林村', '工业园区', '正街'];
const STATUSES = [
  'draft',
  'submitted',
  'in-review',
  'returned',
  'reviewed',
  'to-transfer',
  'transferred',
  'decided',
  'closed',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

export function generateCases(db: Db, count: number): void {
  const insert = db.prepare(
    `INSERT INTO cases (case_number, cause, party_type, party_name, party_id_code, party_address, facts, found_on,
       penalty_kinds, fine_fen, discretion, legal_basis, status, created_at, updated_at)
     VALUES (@number, @cause, 'citizen', @name, '11010519491231002X', @address, @facts, @found, '["fine"]', @fine, 'standard', '', @status, @at, @at)`,
  );
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const year = 2015 + (i % 11);
      const cause = pick(CAUSES, i * 7);
      const place = pick(PLACES, i * 13);
      const name = `${pick([...SURNAMES], i * 31)}某${i % 3 === 0 ? '某' : ''}`;
      const at = new Date(Date.UTC(year, i % 12, 1 + (i % 28), i % 24)).toISOString();
      insert.run({
        number: `青山综执罚〔${year}〕${i}号`,
        cause,
        name,
        address: `青山镇${place}${i % 90}号`,
        facts: `当事人于${year}年${1 + (i % 12)}月在青山镇${place}${cause}，经执法人员现场检查并责令改正，当事人未在期限内改正。编号${i}。`,
        found: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        fine: (i % 50) * 10_000,
        status: pick(STATUSES, i),
        at,
      });
    }
  })();
}

export function generateAudit(db: Db, count: number, caseCount: number): void {
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      appendAudit(db, {
        at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
        actor: '王建国',
        action: 'case.update',
        entity: 'case',
        entityId: String(1 + (i % caseCount)),
        summary: `修改案件（第 ${i} 次）`,
        before: { n: i - 1 },
        after: { n: i },
      });
    }
  })();
}

/** Issued-document records (rows only: the bench times queries, not file I/O). */
export function generateDocuments(db: Db, count: number, caseCount: number): void {
  const insert = db.prepare(
    `INSERT INTO issued_documents (case_id, template_id, template_version, template_source, title, doc_type, year, seq, doc_number,
       data_json, status, docx_file, pdf_file, docx_sha256, pdf_sha256, created_at, created_by, issued_at)
     VALUES (@caseId, 'review-opinion', 1, 'builtin', '法制审核意见书', 'review-opinion', @year, @seq, @number, '{}', 'issued',
       @docx, @pdf, @hash, @hash, @at, '陈静', @at)`,
  );
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const year = 2015 + (i % 11);
      const seq = Math.floor(i / 11) + 1;
      const at = new Date(Date.UTC(year, i % 12, 1 + (i % 28))).toISOString();
      insert.run({
        caseId: 1 + (i % caseCount),
        year,
        seq,
        number: `青山司审〔${year}〕${seq}号`,
        docx: `documents/${year}/${i}.docx`,
        pdf: `documents/${year}/${i}.pdf`,
        hash: 'a'.repeat(64),
        at,
      });
    }
  })();
}
