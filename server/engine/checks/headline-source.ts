// The English headline against the Chinese headline: polarity, certainty, numbers,
// antonyms read through the dictionary, and whether its main claim is there at all.
import { extractEnNumbers, extractZhNumbers } from '../text/numbers';
import type { CheckContext } from './context';
import { enStemSet, zhContentWords, zhCoverage } from './coverage';
import { at, finding } from './finding';
import { antonymPredicate, cancellationPredicate } from './headline-predicates';
import { certaintyDiff } from './hedge';
import { polarityDiff } from './negation';
import { unmatchedNumbers } from './number';
import type { CheckRow, Finding } from './types';

// Below this share of the Chinese headline's words the English headline says something else
// (the clean dev headlines all carry at least 0.38 of theirs).
const CLAIM_COVERAGE = 0.1;
const CLAIM_WORDS = 5;

export function crossLingual(row: CheckRow, r: number, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const base = { type: 'headline' as const, category: 'accuracy/mistranslation' as const };
  const evidence = { zh: row.zh, en: row.en };
  const pol = polarityDiff(row.zh, row.en, ctx);
  for (const m of [...pol.added, ...pol.dropped].slice(0, 1)) {
    const added = pol.added.includes(m);
    out.push(
      finding({
        ...base,
        severity: 'critical',
        zh: added ? at(r) : at(r, m.start, m.end),
        en: added ? at(r, m.start, m.end) : at(r),
        evidence,
        message: added
          ? {
              en: `The English headline negates ("${m.cue}") what the Chinese headline affirms.`,
              zh: `英文标题（“${m.cue}”）否定了中文标题所肯定的内容。`,
            }
          : {
              en: `The English headline drops the negation "${m.cue}" of the Chinese headline.`,
              zh: `英文标题漏掉了中文标题中的否定“${m.cue}”。`,
            },
      }),
    );
  }
  const cert = certaintyDiff(row.zh, row.en, ctx);
  for (const m of [...cert.strengthened, ...cert.weakened].slice(0, 1)) {
    const stronger = cert.strengthened.includes(m);
    out.push(
      finding({
        ...base,
        severity: 'major',
        zh: at(r),
        en: at(r, m.start, m.end),
        evidence,
        message: stronger
          ? {
              en: `The English headline is more certain ("${m.cue}") than the Chinese headline.`,
              zh: `英文标题（“${m.cue}”）比中文标题更加肯定。`,
            }
          : {
              en: `The English headline hedges ("${m.cue}") where the Chinese headline is certain.`,
              zh: `英文标题（“${m.cue}”）比中文标题更不确定。`,
            },
      }),
    );
  }
  const nums = unmatchedNumbers(
    extractZhNumbers(row.zh, ctx.lexicons.numbers),
    extractEnNumbers(row.en, ctx.lexicons.numbers),
  );
  const e = nums.en.find((m) => m.strong);
  if (e && nums.zh.length > 0) {
    out.push(
      finding({
        ...base,
        severity: 'major',
        zh: at(r, nums.zh[0].start, nums.zh[0].end),
        en: at(r, e.start, e.end),
        evidence,
        message: {
          en: `The English headline says ${e.text} where the Chinese headline says ${nums.zh[0].text}.`,
          zh: `英文标题中的“${e.text}”与中文标题中的“${nums.zh[0].text}”不一致。`,
        },
      }),
    );
  }
  if (ctx.dictionary) {
    // "severe" where the Chinese headline says 轻症 ("mild"); "called off" where it says 开幕
    if (!out.some((f) => f.severity === 'critical')) {
      const p = antonymPredicate(row, r, ctx) ?? cancellationPredicate(row, r, ctx);
      if (p) out.push(p);
    }
    const words = zhContentWords(row.zh, ctx);
    // a shared number or Latin name (C919, 30) already ties the two headlines to one story
    const anchors = row.zh.match(/[A-Za-z0-9]{2,}/g) ?? [];
    const anchored = anchors.some((a) => row.en.includes(a));
    if (
      out.length === 0 &&
      !anchored &&
      words.length >= CLAIM_WORDS &&
      zhCoverage(words, enStemSet(row.en)) < CLAIM_COVERAGE
    ) {
      out.push(
        finding({
          ...base,
          severity: 'major',
          zh: at(r),
          en: at(r),
          evidence,
          message: {
            en: 'The English headline does not seem to carry the main claim of the Chinese headline.',
            zh: '英文标题似乎没有表达出中文标题的主要内容。',
          },
        }),
      );
    }
  }
  return out;
}
