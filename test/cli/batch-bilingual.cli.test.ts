import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as exportRun } from '../../scripts/cli/export';
import { run as importRun } from '../../scripts/cli/import';
import { captureRun } from '../helpers/cli';
import { DEMO_DIR } from '../helpers/services';

const capture = captureRun;

describe('cli import (batch, bilingual) and export (zip)', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-batch-'));
    db = path.join(dir, 'b.db');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a folder of pairs, skips strays with a reason and does not duplicate on re-import', async () => {
    const src = path.join(dir, 'in');
    fs.mkdirSync(src);
    for (const name of ['visit', 'flood']) {
      for (const lang of ['zh', 'en'])
        fs.copyFileSync(path.join(DEMO_DIR, `${name}.${lang}.txt`), path.join(src, `${name}.${lang}.txt`));
    }
    fs.copyFileSync(path.join(DEMO_DIR, 'jetliner.zh.txt'), path.join(src, 'lonely.zh.txt'));
    fs.writeFileSync(path.join(src, 'notes.pdf'), '%PDF-1.4');
    const first = await capture(importRun, [src, '--db', db, '--json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.imported).toHaveLength(2);
    expect(summary.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual([
      'no English partner',
      'not NAME.zh.EXT / NAME.en.EXT nor a bilingual file',
    ]);
    const again = await capture(importRun, [src, '--db', db, '--json']);
    const second = JSON.parse(again.stdout);
    expect(second.imported).toHaveLength(0);
    expect(
      second.skipped.filter((s: { reason: string }) => s.reason.startsWith('already imported')),
    ).toHaveLength(2);
  });

  it('round-trips an article through an XLIFF 2.0 export and a --bilingual import', async () => {
    await capture(importRun, [
      '--zh',
      path.join(DEMO_DIR, 'visit.zh.txt'),
      '--en',
      path.join(DEMO_DIR, 'visit.en.txt'),
      '--db',
      db,
    ]);
    const xlf = path.join(dir, 'visit.xlf');
    expect((await capture(exportRun, ['1', '--format', 'xliff2', '--out', xlf, '--db', db])).code).toBe(0);
    const imported = await capture(importRun, ['--bilingual', xlf, '--db', db, '--json']);
    expect(imported.code).toBe(0);
    const out = JSON.parse(imported.stdout);
    expect(out.id).toBe(2);
    expect(out.segments[0].kind).toBe('headline');
    // Same rows, texts and order: the two articles export to the same TSV.
    const tsv = async (id: string) => (await capture(exportRun, [id, '--format', 'tsv', '--db', db])).stdout;
    expect(await tsv('2')).toBe(await tsv('1'));
    expect(out.title.en).toBe("Indonesian President's Australia visit set to resolve defence disputes");
  });

  it('rejects an XML file with external entities with a clear code', async () => {
    const evil = path.join(dir, 'evil.xlf');
    fs.writeFileSync(
      evil,
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="2.0"><file><unit id="1"><segment><source>&xxe;</source></segment></unit></file></xliff>',
    );
    const res = await capture(importRun, ['--bilingual', evil, '--db', db]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/xml_entities_forbidden/);
  });

  it('exports several articles into one zip', async () => {
    const src = path.join(dir, 'in');
    fs.mkdirSync(src);
    for (const name of ['visit', 'jetliner']) {
      for (const lang of ['zh', 'en'])
        fs.copyFileSync(path.join(DEMO_DIR, `${name}.${lang}.txt`), path.join(src, `${name}.${lang}.txt`));
    }
    await capture(importRun, [src, '--db', db]);
    const zip = path.join(dir, 'all.zip');
    const res = await capture(exportRun, ['--all', '--format', 'md', '--out', zip, '--db', db]);
    expect(res.code).toBe(0);
    const bytes = fs.readFileSync(zip);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const names = bytes.toString('latin1').match(/duizhao-\d+-[\w-]+\.md/g) ?? [];
    expect(new Set(names).size).toBe(2);
  });
});

describe('cli backup', () => {
  it('copies the database to a new file that opens with the same articles', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-backup-'));
    const db = path.join(dir, 'live.db');
    const { run: backupRun } = await import('../../scripts/cli/backup');
    await capture(importRun, [
      '--zh',
      path.join(DEMO_DIR, 'flood.zh.txt'),
      '--en',
      path.join(DEMO_DIR, 'flood.en.txt'),
      '--db',
      db,
    ]);
    const copy = path.join(dir, 'copy.db');
    expect((await capture(backupRun, ['--out', copy, '--db', db])).code).toBe(0);
    const listed = await capture(exportRun, ['1', '--format', 'txt', '--db', copy]);
    expect(listed.stdout).toContain('Heavy rain floods parts of Guangxi');
    expect((await capture(backupRun, ['--out', copy, '--db', db])).code).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
