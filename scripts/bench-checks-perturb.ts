// `npm run bench:checks:perturb [-- --seed N] [-- --per N] [-- -v]`: how the checks generalise
// to error forms the dev set does not have. Takes the clean dev articles (paragraph i of the
// Chinese is paragraph i of the English), applies seeded edits of many forms to the English
// (bench-checks-forms.ts), runs each through the `check` CLI's code path in-process and
// prints recall per form, and findings on the rows the edit did not touch that the clean
// article did not have. A measurement, not a test: neither side may be tuned to the other.
import fs from 'node:fs';
import path from 'node:path';
import { type Article, type Corpus, corpusNames, enSentences, hashSeed, rngFrom } from './bench-checks-edits';
import { MEANING_FORMS } from './bench-checks-forms';
import { CONTENT_FORMS } from './bench-checks-forms-content';
import { PARTIAL_FORMS } from './bench-checks-forms-partial';

const FORMS = [...MEANING_FORMS, ...CONTENT_FORMS, ...PARTIAL_FORMS];

import { checkTexts, loadCheckEngine, type ReportFinding } from './cli/check';

const root = path.resolve(
  __dirname,
  fs.existsSync(path.resolve(__dirname, '../package.json')) ? '..' : '../..',
);
const shared = process.env.SHARED_DIR ?? path.resolve(root, '..', 'shared');
const dev = path.join(shared, 'qa', 'dev');
const argv = process.argv.slice(2);
const flag = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const SEED = flag('--seed', 1);
const PER = flag('--per', 3);
const verbose = argv.includes('-v');
const only = argv.includes('--form') ? argv[argv.indexOf('--form') + 1] : null;

function load(keep: (doc: string) => boolean = () => true): Article[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dev, 'manifest.json'), 'utf8')) as {
    cases: { case: string; kind: string; doc: string }[];
  };
  const lines = (f: string) =>
    fs
      .readFileSync(path.join(dev, 'cases', f), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim());
  return manifest.cases
    .filter((c) => c.kind === 'clean' && keep(c.doc))
    .map((c) => ({ name: c.case, zh: lines(`${c.case}.zh.txt`), en: lines(`${c.case}.en.txt`) }))
    .filter((a) => a.zh.length === a.en.length);
}

const TOL: Record<string, number> = { omission: 1, addition: 1 };
const paraOf = (f: ReportFinding, type: string) => (type === 'omission' ? f.zh?.paragraph : f.en?.paragraph);
const cleanKey = (f: ReportFinding, enPara: number | undefined) =>
  `${f.type}|${f.zh?.paragraph ?? '-'}|${enPara ?? '-'}|${f.message}`;

export interface PerturbTotals {
  articles: number;
  edits: number;
  recall: number;
  anyType: number;
  newPerEdit: number;
  cleanFindings: number;
  worstGroup: string;
}

/** Runs the bench on the clean dev articles whose document `keep` accepts; prints its table unless quiet. */
export function perturb(
  engine: ReturnType<typeof loadCheckEngine>,
  keep: (doc: string) => boolean = () => true,
  quiet = false,
): PerturbTotals {
  const print = quiet ? () => {} : console.log;
  const articles = load(keep);
  const corpus: Corpus = {
    names: corpusNames(articles),
    sentences: articles.flatMap((a) =>
      a.en
        .slice(1)
        .flatMap(enSentences)
        .filter((s) => s.split(/\s+/).length >= 8 && s.split(/\s+/).length <= 35)
        .map((text) => ({ article: a.name, text })),
    ),
  };
  const clean = new Map<string, Set<string>>();
  let cleanCount = 0;
  for (const a of articles) {
    const fs0 = checkTexts(a.zh.join('\n'), a.en.join('\n'), engine);
    cleanCount += fs0.length;
    clean.set(a.name, new Set(fs0.map((f) => cleanKey(f, f.en?.paragraph))));
  }
  const rows: string[][] = [];
  const total = { n: 0, strict: 0, any: 0, spill: 0 };
  const groups = new Map<string, { n: number; strict: number; any: number }>();
  for (const form of FORMS) {
    if (only && !form.form.includes(only)) continue;
    let n = 0;
    let strict = 0;
    let any = 0;
    let spill = 0;
    for (const a of articles) {
      const rng = rngFrom(hashSeed(SEED, a.name, form.form));
      const sites = form.sites(a, corpus);
      // seeded shuffle, then the first PER sites that apply, one per paragraph
      const order = sites.map((s) => ({ s, k: rng() })).sort((x, y) => x.k - y.k);
      const used = new Set<number>();
      for (const { s } of order) {
        if (used.size >= PER) break;
        if (used.has(s.para)) continue;
        const e = s.apply(a, corpus, rng);
        if (!e) continue;
        used.add(s.para);
        n++;
        const zhText = (e.zh ?? a.zh).join('\n');
        const found = checkTexts(zhText, e.en.join('\n'), engine);
        const base = e.baseEn
          ? new Set(checkTexts(zhText, e.baseEn.join('\n'), engine).map((f) => cleanKey(f, f.en?.paragraph)))
          : clean.get(a.name);
        const want = (t: string) => (t === 'omission' ? e.zhPara : e.enPara);
        const at = (f: ReportFinding, t: string) => {
          const p = paraOf(f, t);
          return p !== undefined && Math.abs(p - want(t)) <= (TOL[t] ?? 0);
        };
        const hitStrict = found.some((f) => f.type === form.expect[0] && at(f, f.type));
        const hitAny = found.some((f) => form.expect.includes(f.type) && at(f, f.type));
        if (hitStrict) strict++;
        if (hitAny) any++;
        // findings away from the edit that the clean article did not have
        const near = (p: number | undefined) =>
          p !== undefined &&
          (e.touched.includes(p) || Math.abs(p - e.enPara) <= 1 || Math.abs(p - e.zhPara) <= 1);
        const extra = found.filter((f) => {
          if (near(f.en?.paragraph) || (f.en === null && near(f.zh?.paragraph))) return false;
          const mapped = f.en ? e.enMap[f.en.paragraph] : undefined;
          return !base?.has(cleanKey(f, mapped));
        });
        spill += extra.length;
        if (verbose && !hitAny)
          print(
            `  MISS ${form.form} ${a.name} ¶${e.enPara}: ${e.desc} [${found.map((f) => `${f.type}@${paraOf(f, f.type)}`).join(' ')}]`,
          );
        if (verbose)
          for (const f of extra)
            print(
              `  spill ${form.form} ${a.name} ${f.type} ¶${f.en?.paragraph ?? f.zh?.paragraph}: ${f.message}`,
            );
      }
    }
    total.n += n;
    total.strict += strict;
    total.any += any;
    total.spill += spill;
    const g = groups.get(form.group) ?? { n: 0, strict: 0, any: 0 };
    g.n += n;
    g.strict += strict;
    g.any += any;
    groups.set(form.group, g);
    rows.push([
      form.form,
      String(n),
      (strict / Math.max(1, n)).toFixed(2),
      (any / Math.max(1, n)).toFixed(2),
      (spill / Math.max(1, n)).toFixed(2),
    ]);
  }
  const widths = [30, 5, 8, 8, 10];
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  print(
    `perturbation bench: ${articles.length} clean dev articles, seed ${SEED}, up to ${PER} edits per form and article`,
  );
  print(
    `clean articles: ${(cleanCount / articles.length).toFixed(2)} findings each (the baseline for "new elsewhere")`,
  );
  print(line(['form', 'n', 'recall', 'any-type', 'new/edit']));
  for (const r of rows) print(line(r));
  print(line(['-- by group', '', '', '', '']));
  for (const [g, v] of groups)
    print(line([g, String(v.n), (v.strict / v.n).toFixed(2), (v.any / v.n).toFixed(2), '']));
  print(
    line([
      'ALL',
      String(total.n),
      (total.strict / total.n).toFixed(3),
      (total.any / total.n).toFixed(3),
      (total.spill / total.n).toFixed(2),
    ]),
  );
  print(
    "recall: a finding of the form's type at the edit (the dev scorer's rule); any-type: also the other fitting types (headline number as number…);",
  );
  print('new/edit: findings per edited article away from the edit that the clean article did not have.');
  let worst = '';
  let worstRecall = 2;
  for (const [g, v] of groups)
    if (v.n && v.strict / v.n < worstRecall) {
      worstRecall = v.strict / v.n;
      worst = `${g} ${worstRecall.toFixed(2)}`;
    }
  return {
    articles: articles.length,
    edits: total.n,
    recall: total.strict / Math.max(1, total.n),
    anyType: total.any / Math.max(1, total.n),
    newPerEdit: total.spill / Math.max(1, total.n),
    cleanFindings: cleanCount / Math.max(1, articles.length),
    worstGroup: worst,
  };
}

if (require.main === module) perturb(loadCheckEngine());
