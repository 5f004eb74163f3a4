// `node dist/scripts/findings-snapshot.js --write FILE | --compare FILE [--sets dev,clean,mqm]`:
// every finding runChecks gives on the visible sets (type, rows, spans, evidence, confidence),
// so a change meant to be structural (caching, indexing) can be shown to leave the findings as
// they were. Compare exits 1 and names the first cases that differ.
import fs from 'node:fs';
import path from 'node:path';
import { runChecks } from '../server/engine/checks';
import type { Finding, FindingLocation } from '../server/engine/checks/types';
import { qa } from './bench-checks-sets';
import { alignTexts, loadCheckEngine } from './cli/check';

const SETS: Record<string, string> = { dev: 'dev', clean: 'clean-news', mqm: 'mqm-ted' };

const loc = (l: FindingLocation | null | undefined) => (l ? [l.row, l.start ?? null, l.end ?? null] : null);

function line(f: Finding): string {
  return JSON.stringify([
    f.type,
    f.severity,
    f.category,
    loc(f.zh),
    loc(f.en),
    loc(f.related),
    f.evidence.zh ?? null,
    f.evidence.en ?? null,
    f.confidence,
    f.message.en,
    f.suggestion ?? null,
  ]);
}

function snapshot(sets: string[]): Record<string, string[]> {
  const engine = loadCheckEngine();
  const out: Record<string, string[]> = {};
  for (const set of sets) {
    const dir = path.join(qa, SETS[set], 'cases');
    const cases = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.zh.txt'))
      .map((f) => f.slice(0, -7))
      .sort();
    for (const c of cases) {
      const zh = fs.readFileSync(path.join(dir, `${c}.zh.txt`), 'utf8');
      const en = fs.readFileSync(path.join(dir, `${c}.en.txt`), 'utf8');
      const { rows } = alignTexts(zh, en, engine);
      out[`${set}/${c}`] = runChecks({ rows }, engine.ctx).map(line);
    }
  }
  return out;
}

function main(): number {
  const argv = process.argv.slice(2);
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sets = (flag('--sets') ?? 'dev,clean,mqm').split(',');
  const write = flag('--write');
  const compare = flag('--compare');
  if (!write && !compare) {
    process.stderr.write('usage: findings-snapshot --write FILE | --compare FILE [--sets dev,clean,mqm]\n');
    return 2;
  }
  const now = snapshot(sets);
  const count = Object.values(now).reduce((n, fs) => n + fs.length, 0);
  if (write) {
    fs.writeFileSync(write, JSON.stringify(now));
    console.log(`${Object.keys(now).length} cases, ${count} findings written to ${write}`);
    return 0;
  }
  const before = JSON.parse(fs.readFileSync(compare as string, 'utf8')) as Record<string, string[]>;
  const differ = Object.keys({ ...before, ...now }).filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(now[k] ?? null),
  );
  console.log(`${Object.keys(now).length} cases, ${count} findings; ${differ.length} case(s) differ`);
  for (const k of differ.slice(0, 10)) {
    const a = new Set(before[k] ?? []);
    const b = new Set(now[k] ?? []);
    console.log(`  ${k}`);
    for (const x of a) if (!b.has(x)) console.log(`    - ${x}`);
    for (const x of b) if (!a.has(x)) console.log(`    + ${x}`);
  }
  return differ.length === 0 ? 0 : 1;
}

process.exitCode = main();
