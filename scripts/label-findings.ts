// Every finding (possible ones included) on the visible sets, labelled right or wrong by each
// set's own notion of an error, for reading false positives and for calibrating confidence:
// dev — a finding is right when the case's injected error has its type and paragraph (±1 for
// omission and addition), as the set's scorer counts it; clean-news — every finding is wrong;
// mqm-ted — a finding is right when its line is BAD(any), wrong when the line is CLEAN
// (in-between lines are left out). Split as bench-checks-sets.ts splits.
import fs from 'node:fs';
import path from 'node:path';
import { devDocs, type Part, partOf, qa } from './bench-checks-sets';
import { checkTexts, loadCheckEngine, type ReportFinding } from './cli/check';

export interface Labelled {
  set: 'dev' | 'mqm' | 'clean';
  part: Part;
  case: string;
  finding: ReportFinding;
  right: boolean;
  zh: string;
  en: string;
}

const lines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');

interface DevGold {
  case: string;
  type: string;
  zh_paragraph: number;
  en_paragraph: number;
}

function devRight(f: ReportFinding, g: DevGold | undefined): boolean {
  if (!g || f.type !== g.type) return false;
  const slack = g.type === 'omission' || g.type === 'addition' ? 1 : 0;
  const para = g.type === 'omission' ? f.zh?.paragraph : f.en?.paragraph;
  const want = g.type === 'omission' ? g.zh_paragraph : g.en_paragraph;
  return para !== undefined && Math.abs(para - want) <= slack;
}

export function labelFindings(sets: ('dev' | 'mqm' | 'clean')[], parts: Part[]): Labelled[] {
  const engine = loadCheckEngine();
  const docs = devDocs();
  const out: Labelled[] = [];
  const run = (
    set: Labelled['set'],
    dir: string,
    name: string,
    part: Part,
    judge: (f: ReportFinding) => boolean | null,
  ) => {
    const zhL = lines(path.join(dir, `${name}.zh.txt`));
    const enL = lines(path.join(dir, `${name}.en.txt`));
    const fs_ = checkTexts(zhL.join('\n'), enL.join('\n'), engine, { possible: true });
    for (const f of fs_) {
      const right = judge(f);
      if (right === null) continue;
      out.push({
        set,
        part,
        case: name,
        finding: f,
        right,
        zh: zhL[f.zh?.paragraph ?? f.en?.paragraph ?? 0] ?? '',
        en: enL[f.en?.paragraph ?? f.zh?.paragraph ?? 0] ?? '',
      });
    }
  };
  if (sets.includes('dev')) {
    const m = JSON.parse(fs.readFileSync(path.join(qa, 'dev', 'manifest.json'), 'utf8')) as {
      cases: { case: string; doc: string }[];
    };
    const gold = JSON.parse(fs.readFileSync(path.join(qa, 'dev', 'gold.json'), 'utf8')) as DevGold[];
    for (const c of m.cases) {
      const part = partOf('dev', c.doc, docs);
      if (!parts.includes(part)) continue;
      const g = gold.find((x) => x.case === c.case);
      run('dev', path.join(qa, 'dev', 'cases'), c.case, part, (f) => devRight(f, g));
    }
  }
  if (sets.includes('clean')) {
    const dir = path.join(qa, 'clean-news', 'cases');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.zh.txt'))) {
      const name = f.slice(0, -7);
      const part = partOf('clean', name, docs);
      if (parts.includes(part)) run('clean', dir, name, part, () => false);
    }
  }
  if (sets.includes('mqm')) {
    const g = JSON.parse(fs.readFileSync(path.join(qa, 'mqm-ted', 'gold.json'), 'utf8')) as {
      cases: { case: string; doc: string; segments: { index: number; bad_any: boolean; clean: boolean }[] }[];
    };
    for (const c of g.cases) {
      const part = partOf('mqm', c.doc, docs);
      if (!parts.includes(part)) continue;
      run('mqm', path.join(qa, 'mqm-ted', 'cases'), c.case, part, (f) => {
        const seg = c.segments[f.en?.paragraph ?? f.zh?.paragraph ?? -1];
        return seg?.bad_any ? true : seg?.clean ? false : null;
      });
    }
  }
  return out;
}

// node dist/scripts/label-findings.js [--sets clean,dev] [--parts tune] [--dump FILE]
if (require.main === module) {
  const argv = process.argv.slice(2);
  const opt = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const sets = opt('--sets', 'dev,mqm,clean').split(',') as Labelled['set'][];
  const parts = opt('--parts', 'tune').split(',') as Part[];
  const all = labelFindings(sets, parts);
  const dump = opt('--dump', '');
  if (dump) fs.writeFileSync(dump, all.map((l) => JSON.stringify(l)).join('\n'));
  const shown = (l: Labelled) => !l.finding.possible;
  for (const set of sets)
    for (const part of parts) {
      const xs = all.filter((l) => l.set === set && l.part === part);
      const byType = new Map<string, { n: number; right: number; shown: number; shownRight: number }>();
      for (const l of xs) {
        const t = byType.get(l.finding.type) ?? { n: 0, right: 0, shown: 0, shownRight: 0 };
        t.n++;
        if (l.right) t.right++;
        if (shown(l)) {
          t.shown++;
          if (l.right) t.shownRight++;
        }
        byType.set(l.finding.type, t);
      }
      console.log(`${set} ${part}: ${xs.length} findings (possible included)`);
      for (const [t, v] of [...byType].sort((a, b) => b[1].n - a[1].n))
        console.log(`  ${t.padEnd(14)} all ${v.n} right ${v.right}   shown ${v.shown} right ${v.shownRight}`);
    }
}
