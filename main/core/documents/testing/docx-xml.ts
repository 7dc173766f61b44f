// Test support: reads the parts of a DOCX (a zip) back as text.

import { strFromU8, unzipSync } from 'fflate';

export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export function docxPart(docx: Uint8Array, name: string): string {
  const part = docxParts(docx)[name];
  if (part === undefined) throw new Error(`no ${name} in the DOCX`);
  return part;
}
