import type { z } from 'zod';
import type { MethodSpec } from './method';
import { caseMethods } from './cases';
import { officeMethods } from './office';
import { orgMethods } from './orgs';
import { staffMethods } from './staff';
import { systemMethods } from './system';
import { homeMethods } from './home';
import { reviewMethods } from './review';
import { profileMethods } from './profiles';
import { calendarMethods } from './calendar';
import { transferMethods } from './transfers';
import { criminalTransferMethods } from './criminal-transfers';
import { documentMethods } from './documents';
import { dataMethods } from './data';
import { assistanceMethods } from './assistance';
import { complaintMethods } from './complaints';
import { supervisionMethods } from './supervision';
import { sharingMethods } from './sharing';
import { disputeMethods } from './disputes';
import { registerMethods } from './registers';

/** The whole API: every method any door (IPC, HTTP, CLI) can call. */
export const contract = {
  ...systemMethods,
  ...homeMethods,
  ...officeMethods,
  ...staffMethods,
  ...orgMethods,
  ...caseMethods,
  ...reviewMethods,
  ...profileMethods,
  ...calendarMethods,
  ...transferMethods,
  ...criminalTransferMethods,
  ...documentMethods,
  ...dataMethods,
  ...assistanceMethods,
  ...complaintMethods,
  ...supervisionMethods,
  ...sharingMethods,
  ...disputeMethods,
  ...registerMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults may be omitted). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type * from './cases';
export type * from './office';
export type * from './orgs';
export type * from './staff';
export type * from './system';
export type * from './home';
export type * from './envelope';
export type * from './review';
export type * from './profiles';
export type * from './calendar';
export type * from './transfers';
export type * from './criminal-transfers';
export type * from './documents';
export type * from './data';
export type * from './assistance';
export type * from './complaints';
export type * from './supervision';
export type * from './sharing';
export type * from './disputes';
export type * from './registers';
