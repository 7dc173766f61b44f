// Small builders that keep the shipped profiles readable: a citation, or the office's own setting.

import type { Provenance, SeedFile } from '../../../shared/domain/profile';

export const FULING_FILE: SeedFile = '002_9eda03d24f855a6e.txt';
export const ZHOUCUN_FILE: SeedFile = '004_c6757be13407981b.txt';
export const TANCHENG_FILE: SeedFile = '000_e315626a17f8ea81.txt';

export function cite(file: SeedFile, section: string, quote: string): Provenance {
  return { kind: 'seed', file, section, quote };
}

export function officeSetting(note: string): Provenance {
  return { kind: 'office-setting', note };
}
