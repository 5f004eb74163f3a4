// The English headline's predicates read against the Chinese headline's words through the
// dictionary: an English word whose WordNet antonym is what the Chinese says (falls for 上涨),
// or a cancellation or refusal (called off, rejects) the Chinese headline has no word for.
import { zhNegations } from '../text/cues';
import { escapeRegExp } from '../text/regex';
import { stemEnglish } from '../text/stem-en';
import type { CheckContext } from './context';
import { enContentTokens, zhContentWords } from './coverage';
import { at, finding } from './finding';
import type { CheckRow, Finding } from './types';

const base = {
  type: 'headline' as const,
  category: 'accuracy/mistranslation' as const,
  severity: 'critical' as const,
};

/** "falls" where the Chinese headline says 上涨 ("to rise"): the antonym is explained, the word is not. */
export function antonymPredicate(row: CheckRow, r: number, ctx: CheckContext): Finding | null {
  const words = zhContentWords(row.zh, ctx);
  if (words.length === 0) return null;
  const explained = (stem: string) => words.some((w) => w.stems.includes(stem));
  for (const t of enContentTokens(row.en, ctx.lexicons.enStopwords)) {
    if (explained(t.stem)) continue;
    const w = t.word.toLowerCase();
    const candidates = [
      ...(ctx.lexicons.antonyms.get(w) ?? []).map((x) => stemEnglish(x)),
      ...ctx.lexicons.english.antonyms(w),
    ];
    for (const anti of candidates) {
      const zh = words.find((x) => x.stems.includes(anti));
      if (!zh) continue;
      return finding({
        ...base,
        zh: at(r, zh.start, zh.end),
        en: at(r, t.start, t.end),
        evidence: { zh: zh.text, en: t.word },
        message: {
          en: `The English headline says "${t.word}" where the Chinese headline means the opposite (${zh.text}).`,
          zh: `英文标题用了“${t.word}”，而中文标题说的是相反的意思（${zh.text}）。`,
        },
        confidence: 0.75,
      });
    }
  }
  return null;
}

const cancelRes = new WeakMap<readonly string[], RegExp>();

function cancellationRe(list: readonly string[]): RegExp {
  let re = cancelRes.get(list);
  if (!re) {
    const alt = [...list]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
    re = new RegExp(`(?<![A-Za-z])(?:${alt.join('|')})(?![A-Za-z])`, 'gi');
    cancelRes.set(list, re);
  }
  return re;
}

/**
 * "Summit called off" where the Chinese headline says the summit opens: a cancellation or
 * refusal in the English headline needs a Chinese word whose glosses say it, or a Chinese
 * negation (which the polarity comparison then weighs).
 */
export function cancellationPredicate(row: CheckRow, r: number, ctx: CheckContext): Finding | null {
  const list = ctx.lexicons.negation.en.cancellation;
  if (!list?.length || !ctx.dictionary) return null;
  const words = zhContentWords(row.zh, ctx);
  if (words.length === 0) return null;
  if (zhNegations(row.zh, ctx.lexicons.negation).some((m) => m.strong)) return null;
  for (const m of row.en.matchAll(cancellationRe(list))) {
    const stems = m[0]
      .toLowerCase()
      .split(/\s+/)
      .map((w) => stemEnglish(w));
    // "call off" is explained by a gloss with "call off" or "cancel"; one stem shared is enough
    if (stems.some((s) => words.some((w) => w.stems.includes(s)))) continue;
    if (words.some((w) => w.stems.some((s) => CANCEL_STEMS.has(s)))) continue;
    return finding({
      ...base,
      zh: at(r),
      en: at(r, m.index, m.index + m[0].length),
      evidence: { zh: row.zh, en: m[0] },
      message: {
        en: `The English headline says "${m[0]}", a cancellation or refusal the Chinese headline does not state.`,
        zh: `英文标题说“${m[0]}”（取消或拒绝），中文标题并无此意。`,
      },
      confidence: 0.7,
    });
  }
  return null;
}

// a Chinese headline that itself cancels, refuses or denies explains any of these
const CANCEL_STEMS = new Set(
  [
    'cancel',
    'refuse',
    'reject',
    'deny',
    'postpone',
    'suspend',
    'halt',
    'veto',
    'boycott',
    'withdraw',
    'abandon',
    'annul',
    'revoke',
    'call off',
    'stop',
  ].map((w) => stemEnglish(w)),
);
