// Property: no text makes a check throw. Real article text from the visible QA sets
// (../shared/qa), its lines shuffled, cut at random places and salted with characters that
// mean something to a RegExp, is thrown at every check and at runChecks. Seeded, so a failure
// names the seed that reproduces it.
import fs from 'node:fs';
import path from 'node:path';
import { CHECKS, runChecks } from '../../../server/engine/checks';
import { pairView } from '../../../server/engine/checks/split-pairs';
import type { CheckRow, Finding } from '../../../server/engine/checks/types';
import { SEGMENT_KINDS } from '../../../server/engine/types';
import { context } from './fixtures';

const QA = path.resolve(__dirname, '../../../../shared/qa');
const SETS = ['dev', 'mqm-ted', 'clean-news'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const set of SETS) {
    const dir = path.join(QA, set, 'cases');
    const files = fs.readdirSync(dir).sort();
    // every seventh file keeps the test quick while covering each set's styles
    for (const f of files.filter((_, i) => i % 7 === 0)) {
      const lines = fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/).filter(Boolean);
      (f.endsWith('.zh.txt') ? zh : en).push(...lines);
    }
  }
  return { zh, en };
}

const SALT = [
  '[',
  ']',
  '(',
  ')',
  '\\',
  '*',
  '+',
  '?',
  '^',
  '$',
  '|',
  '{',
  '}',
  '/',
  '.',
  '”',
  '“',
  '\u0000',
  '\n',
  '%',
  '亿',
  '不',
  'not',
  '1.2亿',
  '9-',
  'No.',
];

function mangle(line: string, r: () => number): string {
  let s = line;
  if (r() < 0.5) {
    const a = Math.floor(r() * s.length);
    const b = a + Math.floor(r() * (s.length - a));
    s = s.slice(a, b);
  }
  const salts = Math.floor(r() * 4);
  for (let i = 0; i < salts; i++) {
    const at = Math.floor(r() * (s.length + 1));
    s = s.slice(0, at) + SALT[Math.floor(r() * SALT.length)] + s.slice(at);
  }
  return s;
}

function article(seed: number, text: { zh: string[]; en: string[] }): CheckRow[] {
  const r = rng(seed);
  const n = 1 + Math.floor(r() * 12);
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const zh = r() < 0.1 ? '' : mangle(r() < 0.1 ? pick(text.en) : pick(text.zh), r);
    const en = r() < 0.1 ? '' : mangle(r() < 0.1 ? pick(text.zh) : pick(text.en), r);
    return {
      kind: i === 0 ? 'headline' : SEGMENT_KINDS[Math.floor(r() * SEGMENT_KINDS.length)],
      zh,
      en,
      zhParagraph: zh ? i : null,
      enParagraph: en ? i : null,
      zhOffset: 0,
      enOffset: 0,
    };
  });
}

function wellFormed(f: Finding, rows: number): boolean {
  const inRange = (l: Finding['en']) => l === null || l === undefined || (l.row >= 0 && l.row < rows);
  return (
    inRange(f.zh) &&
    inRange(f.en) &&
    inRange(f.related ?? null) &&
    f.confidence >= 0 &&
    f.confidence <= 1 &&
    typeof f.message.en === 'string' &&
    typeof f.message.zh === 'string'
  );
}

describe('checks: random real text never makes a check throw', () => {
  const text = corpus();
  const ctx = context();

  it('reads a dictionary name whose glosses hold brackets (Taiwan pr. [Ji1nei4ya4]) without building a broken pattern', () => {
    const rows = [
      {
        kind: 'headline' as const,
        zh: '会议',
        en: 'Meeting',
        zhParagraph: 0,
        enParagraph: 0,
        zhOffset: 0,
        enOffset: 0,
      },
      {
        kind: 'body' as const,
        zh: '几内亚总统访华',
        en: 'The president of Mali visited China',
        zhParagraph: 1,
        enParagraph: 1,
        zhOffset: 0,
        enOffset: 0,
      },
    ];
    expect(() => runChecks({ rows }, ctx)).not.toThrow();
    expect(runChecks({ rows }, ctx).some((f) => f.type === 'entity')).toBe(true);
  });

  it('has real text to throw', () => {
    expect(text.zh.length).toBeGreaterThan(500);
    expect(text.en.length).toBeGreaterThan(500);
  });

  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('seed %i: every check and runChecks', (seed) => {
    const rows = article(seed, text);
    const view = pairView({ rows });
    for (const c of CHECKS) {
      const input = c.pairwise ? view.input : { rows };
      let out: Finding[] = [];
      expect(() => {
        out = c.run(input, ctx);
      }).not.toThrow();
      expect(out.filter((f) => !wellFormed(f, input.rows.length))).toEqual([]);
    }
    const all = runChecks({ rows }, ctx);
    expect(all.filter((f) => !wellFormed(f, rows.length))).toEqual([]);
  });
});
