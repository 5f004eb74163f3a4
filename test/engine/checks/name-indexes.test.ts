// The indexes that keep the name checks linear in an article's length must answer exactly as
// the plain questions they replace, on real article text.
import fs from 'node:fs';
import path from 'node:path';
import { PinyinTargets, pinyinMatcher, pinyinMatches, segment } from '../../../server/engine/checks/coverage';
import { NameTokenIndex, wordFromToken } from '../../../server/engine/checks/name-token-index';
import { namePhrases } from '../../../server/engine/checks/names';
import { context } from './fixtures';

const CASES = path.resolve(__dirname, '../../../../shared/qa/clean-news/cases');

function lines(lang: 'zh' | 'en', n: number): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(CASES).sort()) {
    if (!f.endsWith(`.${lang}.txt`)) continue;
    out.push(...fs.readFileSync(path.join(CASES, f), 'utf8').split('\n').filter(Boolean));
    if (out.length >= n) break;
  }
  return out.slice(0, n);
}

const zhLines = lines('zh', 60);
// the article's name words, and pinyin-looking ones the Chinese may spell
const names = [
  ...new Set([
    ...lines('en', 60).flatMap((l) => namePhrases(l).flatMap((p) => p.words)),
    'Beijing',
    'Xi',
    'Jinping',
    'Zhongguo',
    'Xinhua',
    'Sichuan',
  ]),
];

describe('name indexes answer as the questions they replace', () => {
  it('PinyinTargets finds the words pinyinMatches finds, in each line', () => {
    const dict = context().dictionary;
    if (!dict) throw new Error('dictionary missing');
    const targets = new PinyinTargets(names, dict);
    let hits = 0;
    for (const zh of zhLines) {
      const expected = names.filter((w) => pinyinMatches(w, zh, dict));
      hits += expected.length;
      expect([...targets.in(zh)].sort()).toEqual(expected.sort());
    }
    expect(hits).toBeGreaterThan(10);
  });

  it('pinyinMatcher over a whole article answers as pinyinMatches', () => {
    const dict = context().dictionary;
    if (!dict) throw new Error('dictionary missing');
    const all = zhLines.join('\n');
    const matcher = pinyinMatcher(all, dict);
    const answers = names.map((w) => matcher(w));
    expect(answers).toEqual(names.map((w) => pinyinMatches(w, all, dict)));
    expect(answers.filter(Boolean).length).toBeGreaterThan(5);
  });

  it('NameTokenIndex gives each token the words wordFromToken accepts', () => {
    const ctx = context();
    const dict = ctx.dictionary;
    if (!dict) throw new Error('dictionary missing');
    const index = new NameTokenIndex(names, dict, ctx);
    const tokens = new Set(zhLines.slice(0, 25).flatMap((zh) => segment(dict, zh).map((t) => t.text)));
    let hits = 0;
    for (const t of tokens) {
      const expected = names.filter((w) => wordFromToken(w, t, dict, ctx));
      hits += expected.length;
      expect([...index.supportedBy(t)].sort()).toEqual(expected.sort());
    }
    expect(hits).toBeGreaterThan(20);
  });
});
