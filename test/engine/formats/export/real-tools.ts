// Helpers for tests that check exports with real external tools (xmllint, translate-toolkit).
// Missing tools fail loudly with what to install: CI (.ci/run) installs them, and a skipped
// validation would look like a passing one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared');
export const schemaDir = path.join(sharedDir, 'schemas');

export const SCHEMAS = {
  xliff2: path.join(schemaDir, 'xliff_core_2.0.xsd'),
  xliff12: path.join(schemaDir, 'xliff-core-1.2-strict.xsd'),
  tmx: path.join(schemaDir, 'tmx14.dtd'),
};

export function assertSchemasPresent(): void {
  for (const file of Object.values(SCHEMAS)) {
    if (!fs.existsSync(file)) {
      throw new Error(
        `schema ${file} not found: set SHARED_DIR to the directory holding schemas/ (see shared/schemas/README.md)`,
      );
    }
  }
}

export function requireXmllint(): void {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('xmllint is not installed: apt-get install libxml2-utils (CI installs it in .ci/run)');
  }
}

let tmpDir: string | null = null;
export function tmpFile(name: string, content: string | Buffer): string {
  tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-interchange-'));
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, content);
  return file;
}

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** xmllint --noout --nonet against an XSD (XLIFF) or a DTD (TMX). */
export function xmllint(kind: keyof typeof SCHEMAS, file: string): ToolResult {
  const flag = kind === 'tmx' ? '--dtdvalid' : '--schema';
  const r = spawnSync('xmllint', ['--noout', '--nonet', flag, SCHEMAS[kind], file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let python: string | null = null;
/** A python3 that can import translate-toolkit (Debian's lives in /usr/bin, not in pyenv). */
export function translatePython(): string {
  if (python) return python;
  const candidates = [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const r = spawnSync(candidate, ['-c', 'from translate.storage import tmx, xliff'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) {
      python = candidate;
      return candidate;
    }
  }
  throw new Error(
    'translate-toolkit is not importable from python3: apt-get install translate-toolkit (CI installs it in .ci/run); set PYTHON to choose an interpreter',
  );
}

/** Reads a file with translate-toolkit and returns its units as [source, target][] (JSON via stdout). */
export function translateToolkitUnits(
  kind: 'xliff' | 'tmx',
  file: string,
): { units: [string, string][]; approved: boolean[] } {
  const script = `
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
data = open(path, 'rb').read()
store = (xliff.xlifffile if kind == 'xliff' else tmx.tmxfile).parsestring(data)
units = [u for u in store.units if not u.isheader()]
print(json.dumps({
  'units': [[u.source or '', u.target or ''] for u in units],
  'approved': [bool(getattr(u, 'isapproved', lambda: False)()) for u in units],
}, ensure_ascii=False))
`;
  const r = spawnSync(translatePython(), ['-c', script, kind, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`translate-toolkit failed on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
