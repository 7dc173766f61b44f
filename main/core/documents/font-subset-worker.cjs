/* global require, Buffer, WebAssembly */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run as is in a worker thread (see below) */
// The worker thread that cuts a large font down to the characters papers use (font-subsets.ts).
// HarfBuzz's subsetter (harfbuzzjs, its WebAssembly build) takes 0.3–1 s of CPU for a 15–27 MB
// CJK font; a worker keeps that off the thread that answers the window, the HTTP door and the CLI.
//
// Plain CommonJS with no dependency but the .wasm file it is given, so the same file runs from
// source (tsx does not reach worker threads), from the CLI bundle and inside the Electron app's
// asar (the builds copy it, and the .wasm, beside their bundles).
//
// workerData: { wasm, font, faceIndex, codePoints, out }. Writes the subset to `out` through a
// temporary file and a rename, then posts { ok: true, bytes } or { ok: false, reason, lasting }:
// lasting when HarfBuzz refused the font (no copy will ever be made of it), not when the failure
// may pass (a full disk, a file another program holds).
'use strict';

const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');

const HB_MEMORY_MODE_WRITABLE = 2;
// CFF fonts are written without subroutines: HarfBuzz then subsets Noto CJK's whole GB 2312
// repertoire (with subroutines it gives up past a few thousand glyphs), and the PDF writer later
// subsets each paper's glyphs without walking subroutines (the slow part of a CFF font's first use).
const HB_SUBSET_FLAGS_DESUBROUTINIZE = 0x4;
// The "missing character" box (glyph 0) keeps its outline: a character the font lacks prints as a
// box in the copy, as in the whole font, not as a blank (HarfBuzz empties it by default).
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

function subset() {
  const { wasm, font, faceIndex, codePoints, out } = workerData;
  const { exports: hb } = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasm)), {});
  hb._initialize();
  const heap = () => new Uint8Array(hb.memory.buffer);
  const bytes = readFileSync(font);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) return { ok: false, reason: 'hb_subset_input_create_or_fail' };
  const fontBuffer = hb.malloc(bytes.byteLength);
  heap().set(bytes, fontBuffer);
  const blob = hb.hb_blob_create(fontBuffer, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, faceIndex);
  hb.hb_blob_destroy(blob);
  // HarfBuzz's default set of layout features is kept (every feature a shaper applies by itself:
  // ccmp, locl, liga, kern, mark… and vert), with the glyphs they reach: a paper is shaped in the
  // copy exactly as in the whole font. Optional features (traditional forms, proportional widths…),
  // which nothing here asks for, are left out with their thousands of glyphs.
  hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
  const made = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (made === 0) {
    hb.hb_face_destroy(face);
    return { ok: false, lasting: true, reason: 'hb_subset_or_fail' };
  }
  const result = hb.hb_face_reference_blob(made);
  const offset = hb.hb_blob_get_data(result, 0);
  const length = hb.hb_blob_get_length(result);
  const written = length > 0 ? Buffer.from(heap().subarray(offset, offset + length)) : null;
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(made);
  hb.hb_face_destroy(face);
  if (!written) return { ok: false, lasting: true, reason: 'empty subset' };
  const temp = `${out}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, written);
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { ok: true, bytes: written.length };
}

let reply;
try {
  reply = subset();
} catch (error) {
  reply = { ok: false, reason: error instanceof Error ? error.message : String(error) };
}
parentPort.postMessage(reply);
