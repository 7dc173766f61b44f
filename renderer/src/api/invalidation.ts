import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';

// Which method of the contract reads and which writes, and what each write makes stale: the one
// place the renderer decides what to load again after a save. Pages never reload each other.
//
// A target is a method name ('cases.get'), every method of a namespace ('review.*'), or
// everything ('*', after a restore from backup). Only queries on screen are fetched again; the
// rest are marked stale and fetched when next shown.

type NamespaceOf<M> = M extends `${infer N}.${string}` ? N : never;
export type Namespace = NamespaceOf<MethodName>;
export type Target = MethodName | `${Namespace}.*` | '*';
/** 'read': may be cached and shared by useApiQuery. A list: a write, and the reads it makes stale. */
export type Effect = 'read' | readonly Target[];

/** What the case's status, history, deadlines and the review/transfer views built on it show. */
const CASE_FLOW = [
  'cases.*',
  'review.*',
  'transfers.forCase',
  'transfers.out.draft',
  'transfers.list',
  'home.attention',
  // A penalty decision recorded opens its 抄告 in the sharing register.
  'sharing.*',
  'registers.forCase',
] as const satisfies readonly Target[];

/** A transfer step changes the transfer, its case's status and the papers made from it. */
const TRANSFER_STEP = [
  'transfers.*',
  'cases.*',
  'review.queue',
  'home.attention',
  'documents.list',
  // An escalated transfer opens a dispute; a refused one an information-sharing item.
  'disputes.*',
  'sharing.*',
  'registers.forCase',
] as const;

/** An issued (or voided) paper is listed, numbered on its source, and noted in the case's history. */
const PAPERS = [
  'documents.list',
  'cases.history',
  'review.*',
  'transfers.*',
  'home.attention',
  'assistance.*',
  'supervision.*',
  'sharing.*',
  'disputes.*',
] as const;

/** Working-day calendars and rule profiles decide every deadline and review standard. */
const RULES = ['transfers.*', 'review.*', 'cases.*', 'home.attention'] as const;

/** A step in one of the township desk's registers (issue #19) changes that register and the home page. */
const ASSISTANCE_STEP = ['assistance.*', 'home.attention', 'documents.list'] as const;
const COMPLAINT_STEP = ['complaints.*', 'home.attention'] as const;
const SUPERVISION_STEP = ['supervision.*', 'home.attention', 'documents.list'] as const;
const SHARING_STEP = ['sharing.*', 'registers.forCase', 'home.attention', 'documents.list'] as const;
const DISPUTE_STEP = ['disputes.*', 'registers.forCase', 'home.attention', 'documents.list'] as const;

export const METHOD_EFFECTS = {
  'system.info': 'read',
  'session.get': 'read',
  'session.setOperator': ['session.get'],
  'home.attention': 'read',
  'setup.status': 'read',
  'setup.dismiss': ['setup.status'],

  'office.get': 'read',
  'office.save': ['office.get', 'setup.status', 'home.attention'],
  'staff.list': 'read',
  'staff.notes': 'read',
  'staff.create': ['staff.list', 'setup.status', 'cases.*', 'review.*', 'home.attention'],
  'staff.update': ['staff.list', 'setup.status', 'cases.*', 'review.*', 'home.attention'],
  'orgs.list': 'read',
  'orgs.create': ['orgs.list', 'transfers.*', 'review.*'],
  'orgs.update': ['orgs.list', 'transfers.*', 'review.*'],

  'cases.list': 'read',
  'cases.get': 'read',
  'cases.history': 'read',
  'cases.create': ['cases.list', 'home.attention'],
  'cases.update': [...CASE_FLOW, 'documents.list'],

  'review.state': 'read',
  'review.round': 'read',
  'review.assessTriggers': 'read',
  'review.queue': 'read',
  'review.submit': CASE_FLOW,
  'review.assign': CASE_FLOW,
  'review.requestSupplement': CASE_FLOW,
  'review.supplement': CASE_FLOW,
  'review.acceptMaterials': CASE_FLOW,
  'review.savePoint': CASE_FLOW,
  'review.chooseOpinion': CASE_FLOW,
  'review.signOpinion': CASE_FLOW,
  'review.returnToReviewer': CASE_FLOW,
  'review.countersign': CASE_FLOW,
  'review.recordDecision': CASE_FLOW,
  'review.hearingSetting': 'read',
  'review.setHearingSetting': ['review.*', 'cases.*', 'home.attention'],

  'profiles.list': 'read',
  'profiles.get': 'read',
  'profiles.forCase': 'read',
  'profiles.copy': ['profiles.*'],
  'profiles.save': ['profiles.*', ...RULES],
  'profiles.setDefault': ['profiles.*', 'setup.status', 'transfers.out.draft'],
  'calendar.years': 'read',
  'calendar.year': 'read',
  'calendar.preview': 'read',
  'calendar.load': ['calendar.*', ...RULES],
  'calendar.remove': ['calendar.*', ...RULES],

  'transfers.list': 'read',
  'transfers.forCase': 'read',
  'transfers.out.draft': 'read',
  'transfers.out.previewDeadline': 'read',
  'transfers.out.get': 'read',
  'transfers.criminal.draft': 'read',
  'transfers.criminal.get': 'read',
  // A criminal transfer moves the case too (back to review after 不予立案), so the review reads go stale.
  'transfers.criminal.report': [...TRANSFER_STEP, 'review.*'],
  'transfers.criminal.decide': [...TRANSFER_STEP, 'review.*'],
  'transfers.criminal.send': TRANSFER_STEP,
  'transfers.criminal.recordReceipt': TRANSFER_STEP,
  'transfers.criminal.recordAnswer': [...TRANSFER_STEP, 'review.*'],
  'transfers.criminal.reconsider': TRANSFER_STEP,
  'transfers.criminal.recordReconsideration': [...TRANSFER_STEP, 'review.*'],
  'transfers.criminal.supervision': TRANSFER_STEP,
  'transfers.criminal.returnToAdministrative': [...TRANSFER_STEP, 'review.*'],
  'transfers.out.create': TRANSFER_STEP,
  'transfers.out.update': TRANSFER_STEP,
  'transfers.out.approve': TRANSFER_STEP,
  'transfers.out.send': TRANSFER_STEP,
  'transfers.out.withdraw': TRANSFER_STEP,
  'transfers.out.recordReceipt': TRANSFER_STEP,
  'transfers.out.recordAnswer': TRANSFER_STEP,
  'transfers.out.escalate': TRANSFER_STEP,
  'transfers.out.recordDecision': TRANSFER_STEP,
  'transfers.in.register': TRANSFER_STEP,
  'transfers.in.get': 'read',
  'transfers.in.acknowledge': TRANSFER_STEP,
  'transfers.in.answer': TRANSFER_STEP,
  'transfers.in.linkCase': TRANSFER_STEP,
  'transfers.in.recordDecision': TRANSFER_STEP,

  'documents.templates': 'read',
  'documents.previewSample': 'read',
  'documents.preview': 'read',
  'documents.list': 'read',
  'documents.file': 'read',
  'documents.issue': PAPERS,
  // Opens the file's folder on this computer: changes nothing stored.
  'documents.reveal': [],
  'documents.issueReceipt': PAPERS,
  'documents.void': PAPERS,
  'documents.templateText': 'read',
  'documents.checkTemplate': 'read',
  'documents.saveTemplate': ['documents.templates', 'documents.templateText', 'documents.previewSample'],
  'documents.resetTemplate': ['documents.templates', 'documents.templateText', 'documents.previewSample'],
  'documents.pdfFonts': 'read',
  'documents.savePdfFonts': ['documents.pdfFonts'],
  'documents.resetPdfFonts': ['documents.pdfFonts'],

  'data.backupNow': ['data.listBackups'],
  'data.listBackups': 'read',
  'data.inspectBackup': 'read',
  // Everything may differ after a restore.
  'data.restore': ['*'],
  'data.check': 'read',
  // Opens the system's file dialog: changes nothing stored, and is never cached.
  'data.choosePath': [],

  'assistance.list': 'read',
  'assistance.get': 'read',
  'assistance.create': ASSISTANCE_STEP,
  'assistance.update': ASSISTANCE_STEP,
  'assistance.answer': ASSISTANCE_STEP,

  'complaints.list': 'read',
  'complaints.get': 'read',
  'complaints.create': COMPLAINT_STEP,
  'complaints.verify': COMPLAINT_STEP,
  'complaints.answer': COMPLAINT_STEP,

  'supervision.list': 'read',
  'supervision.get': 'read',
  'supervision.create': SUPERVISION_STEP,
  'supervision.report': SUPERVISION_STEP,
  'supervision.close': SUPERVISION_STEP,
  'sharing.list': 'read',
  'sharing.get': 'read',
  'sharing.create': SHARING_STEP,
  'sharing.update': SHARING_STEP,
  'sharing.share': SHARING_STEP,
  'disputes.list': 'read',
  'disputes.get': 'read',
  'disputes.create': DISPUTE_STEP,
  'disputes.request': DISPUTE_STEP,
  'disputes.step': DISPUTE_STEP,
  'registers.forCase': 'read',
} as const satisfies Record<MethodName, Effect>;

type Effects = typeof METHOD_EFFECTS;
export type ReadMethod = { [M in MethodName]: Effects[M] extends 'read' ? M : never }[MethodName];
export type WriteMethod = Exclude<MethodName, ReadMethod>;

/** The reads a write makes stale. */
export function invalidatedBy(method: WriteMethod): readonly Target[] {
  return METHOD_EFFECTS[method] as readonly Target[];
}

export function isReadMethod(method: MethodName): method is ReadMethod {
  return METHOD_EFFECTS[method] === 'read';
}

/** Whether a query of `method` is one of `target`. */
export function targetMatches(target: Target, method: string): boolean {
  if (target === '*') return true;
  if (target.endsWith('.*')) return method.startsWith(target.slice(0, -1));
  return method === target;
}

/** A create's record is the record its get returns: it goes straight into the cache under that get. */
interface Put<W extends WriteMethod, R extends ReadMethod> {
  get: R;
  input: (output: OutputOf<W>) => InputOf<R>;
}

function put<W extends WriteMethod, R extends ReadMethod>(
  get: R,
  input: (output: OutputOf<W>) => InputOf<R>,
): OutputOf<W> extends OutputOf<R> ? Put<W, R> : never {
  return { get, input } as OutputOf<W> extends OutputOf<R> ? Put<W, R> : never;
}

export const CREATED_RECORDS: { [W in WriteMethod]?: Put<W, ReadMethod> } = {
  'cases.create': put<'cases.create', 'cases.get'>('cases.get', (record) => ({ id: record.id })),
  'transfers.out.create': put<'transfers.out.create', 'transfers.out.get'>('transfers.out.get', (view) => ({
    id: view.id,
  })),
  'transfers.in.register': put<'transfers.in.register', 'transfers.in.get'>('transfers.in.get', (view) => ({
    id: view.id,
  })),
  'assistance.create': put<'assistance.create', 'assistance.get'>('assistance.get', (view) => ({ id: view.id })),
  'profiles.copy': put<'profiles.copy', 'profiles.get'>('profiles.get', (detail) => ({
    id: detail.summary.id,
    version: null,
  })),
};
