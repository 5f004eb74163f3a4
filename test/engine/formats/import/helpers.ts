import fs from 'node:fs';
import path from 'node:path';
import type { ParsedDocument, SegmentKind } from '../../../../server/engine/types';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');
/** The shared folder beside the repository (../shared), or SHARED_DIR. */
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');
export const SEED_FILE = path.join(SHARED_DIR, 'seed', '000_548e2d166db6910e.txt');

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export function kinds(doc: ParsedDocument): SegmentKind[] {
  return doc.paragraphs.map((p) => p.kind);
}

export function texts(doc: ParsedDocument, kind?: SegmentKind): string[] {
  return doc.paragraphs.filter((p) => !kind || p.kind === kind).map((p) => p.text);
}

/** Resolves to the FormatError code a promise rejects with (or 'resolved'). */
export async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}
