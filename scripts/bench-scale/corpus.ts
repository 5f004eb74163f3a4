// Realistic article pairs for the scale bench, made from the visible evaluation sets in
// ../shared (professionally translated news): windows of consecutive line pairs, with every
// ASCII digit remapped per article (the same map on both sides, so numbers still agree) and a
// byline naming a generated reporter, so no two articles are the same text.
import fs from 'node:fs';
import path from 'node:path';

export interface ArticlePair {
  zh: string;
  en: string;
}

interface Doc {
  zh: string[];
  en: string[];
}

const SURNAMES: [string, string][] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['胡', 'Hu'],
  ['朱', 'Zhu'],
  ['高', 'Gao'],
  ['林', 'Lin'],
  ['何', 'He'],
  ['郭', 'Guo'],
];
const GIVEN: [string, string][] = [
  ['明', 'ming'],
  ['华', 'hua'],
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['军', 'jun'],
  ['静', 'jing'],
  ['磊', 'lei'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['超', 'chao'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['桂', 'gui'],
  ['英', 'ying'],
];

/** A small deterministic generator (mulberry32), so article i is the same text in every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lines(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Line-aligned documents: the clean news set and the clean cases of the checks dev set. */
export function loadCorpus(sharedDir: string): Doc[] {
  const docs: Doc[] = [];
  const clean = path.join(sharedDir, 'qa', 'clean-news', 'cases');
  const dev = path.join(sharedDir, 'qa', 'dev');
  const add = (zhFile: string, enFile: string) => {
    const zh = lines(zhFile);
    const en = lines(enFile);
    if (zh.length === en.length && zh.length > 0) docs.push({ zh, en });
  };
  for (const f of fs
    .readdirSync(clean)
    .filter((f) => f.endsWith('.zh.txt'))
    .sort())
    add(path.join(clean, f), path.join(clean, f.replace('.zh.', '.en.')));
  const manifest = JSON.parse(fs.readFileSync(path.join(dev, 'manifest.json'), 'utf8')) as {
    cases: { case: string; kind: string }[];
  };
  for (const c of manifest.cases.filter((c) => c.kind === 'clean'))
    add(path.join(dev, 'cases', `${c.case}.zh.txt`), path.join(dev, 'cases', `${c.case}.en.txt`));
  if (docs.length === 0) throw new Error(`no evaluation data under ${sharedDir}`);
  return docs;
}

/** Whole articles whose two sides are paragraphed differently (the aligner's news set). */
export function loadReflowed(sharedDir: string): ArticlePair[] {
  const dir = path.join(sharedDir, 'align', 'news-dev', 'cases');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.zh.txt'))
    .sort()
    .map((f) => ({
      zh: fs.readFileSync(path.join(dir, f), 'utf8'),
      en: fs.readFileSync(path.join(dir, f.replace('.zh.', '.en.')), 'utf8'),
    }));
}

export class ArticleGenerator {
  private readonly pairs: { zh: string; en: string }[];

  constructor(
    docs: Doc[],
    private readonly reflowed: ArticlePair[],
  ) {
    this.pairs = docs.flatMap((d) => d.zh.map((zh, i) => ({ zh, en: d.en[i] })));
  }

  /** Article `i`: about `paragraphs` paragraphs (±33%), or exactly that many with `exact`. */
  article(i: number, paragraphs = 30, exact = false): ArticlePair {
    const next = rng(i * 7919 + 17);
    const digits = [...'0123456789'].sort(() => next() - 0.5);
    const vary = (s: string) => s.replace(/[0-9]/g, (d) => digits[Number(d)]);
    const [sz, se] = SURNAMES[Math.floor(next() * SURNAMES.length)];
    const [g1z, g1e] = GIVEN[Math.floor(next() * GIVEN.length)];
    const [g2z, g2e] = GIVEN[Math.floor(next() * GIVEN.length)];
    const byline = {
      zh: `（记者 ${sz}${g1z}${g2z} 第${i + 1}号报道）`,
      en: `(Reported by ${se} ${g1e[0].toUpperCase()}${g1e.slice(1)}${g2e}, report No. ${i + 1})`,
    };
    if (!exact && this.reflowed.length && next() < 0.1) {
      const a = this.reflowed[Math.floor(next() * this.reflowed.length)];
      return {
        zh: `${vary(a.zh).trimEnd()}\n\n${byline.zh}\n`,
        en: `${vary(a.en).trimEnd()}\n\n${byline.en}\n`,
      };
    }
    const n = exact ? paragraphs : Math.round(paragraphs * (0.67 + next() * 0.66));
    const start = Math.floor(next() * this.pairs.length);
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < n; k++) {
      const p = this.pairs[(start + k) % this.pairs.length];
      zh.push(vary(p.zh));
      en.push(vary(p.en));
    }
    zh.splice(1, 0, byline.zh);
    en.splice(1, 0, byline.en);
    return { zh: `${zh.join('\n\n')}\n`, en: `${en.join('\n\n')}\n` };
  }
}
