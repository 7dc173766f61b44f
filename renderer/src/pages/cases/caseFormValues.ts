import type { CaseInput, CaseRecord } from '../../../../shared/contract';
import type { Discretion, PartyType, PenaltyKind } from '../../../../shared/domain/case';
import { fenToYuanInput } from '../../../../shared/money';
import { halfWidthDigits } from '../../lib/halfWidth';
import { parseTypedYuan } from '../../lib/money';

/** What the form holds: amounts as the yuan text a person typed, ids as Select strings. */
export interface CaseFormValues extends Record<string, unknown> {
  caseNumber: string;
  cause: string;
  partyType: PartyType;
  partyName: string;
  partyIdCode: string;
  partyAddress: string;
  partyRepresentative: string;
  partyPhone: string;
  facts: string;
  foundOn: string | null;
  penaltyKinds: PenaltyKind[];
  fineYuan: string;
  illegalGainsYuan: string;
  illegalPropertyYuan: string;
  discretion: Discretion;
  hearingRequested: boolean;
  hearingHeld: boolean;
  legalBasis: string;
  handlerIds: string[];
}

export const EMPTY_CASE_FORM: CaseFormValues = {
  caseNumber: '',
  cause: '',
  partyType: 'citizen',
  partyName: '',
  partyIdCode: '',
  partyAddress: '',
  partyRepresentative: '',
  partyPhone: '',
  facts: '',
  foundOn: null,
  penaltyKinds: [],
  fineYuan: '',
  illegalGainsYuan: '',
  illegalPropertyYuan: '',
  discretion: 'standard',
  hearingRequested: false,
  hearingHeld: false,
  legalBasis: '',
  handlerIds: [],
};

/** Contract field → form field, so server and schema errors land under the right input. */
export const CASE_ERROR_PATHS: Record<string, string> = {
  'party.type': 'partyType',
  'party.name': 'partyName',
  'party.idCode': 'partyIdCode',
  'party.address': 'partyAddress',
  'party.representative': 'partyRepresentative',
  'party.phone': 'partyPhone',
  fineFen: 'fineYuan',
  illegalGainsFen: 'illegalGainsYuan',
  illegalPropertyFen: 'illegalPropertyYuan',
};

export function caseRecordToForm(record: CaseRecord): CaseFormValues {
  return {
    caseNumber: record.caseNumber,
    cause: record.cause,
    partyType: record.party.type,
    partyName: record.party.name,
    partyIdCode: record.party.idCode,
    partyAddress: record.party.address,
    partyRepresentative: record.party.representative,
    partyPhone: record.party.phone,
    facts: record.facts,
    foundOn: record.foundOn,
    penaltyKinds: record.penaltyKinds,
    fineYuan: record.fineFen ? fenToYuanInput(record.fineFen) : '',
    illegalGainsYuan: record.illegalGainsFen ? fenToYuanInput(record.illegalGainsFen) : '',
    illegalPropertyYuan: record.illegalPropertyFen ? fenToYuanInput(record.illegalPropertyFen) : '',
    discretion: record.discretion,
    hearingRequested: record.hearingRequested,
    hearingHeld: record.hearingHeld,
    legalBasis: record.legalBasis,
    handlerIds: record.handlers.map((handler) => String(handler.id)),
  };
}

const YEAR_IN_BRACKETS = /[(（[［【﹝〔]\s*([0-9０-９]{4})\s*[)）\]］】﹞〕]/g;

/**
 * A case number with its year in the bracket the papers use (GB/T 9704: 〔2026〕): "青山综执罚(2026)20号"
 * and "青山综执罚（２０２６）20号" → "青山综执罚〔2026〕20号". Only a four-digit year in brackets is
 * touched; the rest of the number stays as typed.
 */
export function normalizeCaseNumber(text: string): string {
  return text.replace(YEAR_IN_BRACKETS, (_match, year: string) => {
    const digits = halfWidthDigits(year);
    return `〔${digits}〕`;
  });
}

const MONEY_FIELDS = [
  ['fineYuan', '罚款金额'],
  ['illegalGainsYuan', '没收违法所得金额'],
  ['illegalPropertyYuan', '没收非法财物价值'],
] as const;

/**
 * Converts the form to the contract input; amounts are read as people type them ("2,000",
 * "２０００"), and those that are still not yuan become field errors.
 */
export function caseFormToInput(values: CaseFormValues): { input: CaseInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const fen: Record<string, number> = {};
  for (const [field, label] of MONEY_FIELDS) {
    const text = values[field].trim();
    const parsed = text === '' ? 0 : parseTypedYuan(text);
    if (parsed === null) errors[field] = `${label}应为以元为单位的数字，最多两位小数，例如 2000、2,000 或 1999.50`;
    fen[field] = parsed ?? 0;
  }
  return {
    errors,
    input: {
      caseNumber: normalizeCaseNumber(values.caseNumber),
      cause: values.cause,
      party: {
        type: values.partyType,
        name: values.partyName,
        idCode: values.partyIdCode,
        address: values.partyAddress,
        representative: values.partyType === 'citizen' ? '' : values.partyRepresentative,
        phone: values.partyPhone,
      },
      facts: values.facts,
      foundOn: values.foundOn ?? '',
      penaltyKinds: values.penaltyKinds,
      fineFen: fen['fineYuan'] ?? 0,
      illegalGainsFen: fen['illegalGainsYuan'] ?? 0,
      illegalPropertyFen: fen['illegalPropertyYuan'] ?? 0,
      discretion: values.discretion,
      hearingRequested: values.hearingRequested || values.hearingHeld,
      hearingHeld: values.hearingHeld,
      legalBasis: values.legalBasis,
      handlerIds: values.handlerIds.map(Number),
    },
  };
}
