// The numbers of a rule profile, in the order the settings show them, with how each reads.

import { PROFILE_FIELD_LABELS, type RuleProfile, type SourcedNumber } from '../../../../shared/domain/profile';
import { formatFenAsYuan } from '../../../../shared/money';

export type NumberUnit = 'fen' | 'working-days' | 'hours';

export interface NumberField {
  key: keyof typeof PROFILE_FIELD_LABELS;
  label: string;
  unit: NumberUnit;
  /** A deadline a source may leave unset (null). */
  optional: boolean;
  get: (profile: RuleProfile) => SourcedNumber | null;
  set: (profile: RuleProfile, value: SourcedNumber | null) => void;
}

function field(
  key: NumberField['key'],
  unit: NumberUnit,
  optional: boolean,
  get: NumberField['get'],
  set: NumberField['set'],
): NumberField {
  return { key, label: PROFILE_FIELD_LABELS[key], unit, optional, get, set };
}

export const THRESHOLD_FIELDS: NumberField[] = [
  field(
    'thresholds.fine.citizen',
    'fen',
    false,
    (p) => p.thresholds.fine.citizen,
    (p, v) => {
      if (v) p.thresholds.fine.citizen = v;
    },
  ),
  field(
    'thresholds.fine.organization',
    'fen',
    false,
    (p) => p.thresholds.fine.organization,
    (p, v) => {
      if (v) p.thresholds.fine.organization = v;
    },
  ),
  field(
    'thresholds.confiscation.citizen',
    'fen',
    false,
    (p) => p.thresholds.confiscation.citizen,
    (p, v) => {
      if (v) p.thresholds.confiscation.citizen = v;
    },
  ),
  field(
    'thresholds.confiscation.organization',
    'fen',
    false,
    (p) => p.thresholds.confiscation.organization,
    (p, v) => {
      if (v) p.thresholds.confiscation.organization = v;
    },
  ),
];

export const DEADLINE_FIELDS: NumberField[] = [
  field(
    'deadlines.transferWorkingDays',
    'working-days',
    false,
    (p) => p.deadlines.transferWorkingDays,
    (p, v) => {
      if (v) p.deadlines.transferWorkingDays = v;
    },
  ),
  field(
    'deadlines.transferUrgentHours',
    'hours',
    false,
    (p) => p.deadlines.transferUrgentHours,
    (p, v) => {
      if (v) p.deadlines.transferUrgentHours = v;
    },
  ),
  field(
    'deadlines.answerWorkingDays',
    'working-days',
    false,
    (p) => p.deadlines.answerWorkingDays,
    (p, v) => {
      if (v) p.deadlines.answerWorkingDays = v;
    },
  ),
  field(
    'deadlines.supplementWorkingDays',
    'working-days',
    false,
    (p) => p.deadlines.supplementWorkingDays,
    (p, v) => {
      if (v) p.deadlines.supplementWorkingDays = v;
    },
  ),
  field(
    'deadlines.complainantFeedbackWorkingDays',
    'working-days',
    true,
    (p) => p.deadlines.complainantFeedbackWorkingDays,
    (p, v) => {
      p.deadlines.complainantFeedbackWorkingDays = v;
    },
  ),
  field(
    'deadlines.informationSharingWorkingDays',
    'working-days',
    true,
    (p) => p.deadlines.informationSharingWorkingDays,
    (p, v) => {
      p.deadlines.informationSharingWorkingDays = v;
    },
  ),
  // The registers' periods (issue #19); an office profile saved before they existed has none to edit.
  field(
    'registers.assistanceAnswerWorkingDays',
    'working-days',
    false,
    (p) => p.registers?.assistanceAnswerWorkingDays ?? null,
    (p, v) => {
      if (v && p.registers) p.registers.assistanceAnswerWorkingDays = v;
    },
  ),
  field(
    'registers.complaintAnswerWorkingDays',
    'working-days',
    false,
    (p) => p.registers?.complaintAnswerWorkingDays ?? null,
    (p, v) => {
      if (v && p.registers) p.registers.complaintAnswerWorkingDays = v;
    },
  ),
  field(
    'registers.sharingRequestWorkingDays',
    'working-days',
    false,
    (p) => p.registers?.sharingRequestWorkingDays ?? null,
    (p, v) => {
      if (v && p.registers) p.registers.sharingRequestWorkingDays = v;
    },
  ),
  field(
    'registers.penaltyCopyWorkingDays',
    'working-days',
    false,
    (p) => p.registers?.penaltyCopyWorkingDays ?? null,
    (p, v) => {
      if (v && p.registers) p.registers.penaltyCopyWorkingDays = v;
    },
  ),
  field(
    'registers.disputeRequestWorkingDays',
    'working-days',
    false,
    (p) => p.registers?.disputeRequestWorkingDays ?? null,
    (p, v) => {
      if (v && p.registers) p.registers.disputeRequestWorkingDays = v;
    },
  ),
];

export function formatNumber(value: number, unit: NumberUnit): string {
  if (unit === 'fen') return `${formatFenAsYuan(value)} 元`;
  return unit === 'hours' ? `${value} 小时` : `${value} 个工作日`;
}
