import { type CueMatch, enNegations, zhNegations } from '../text/cues';
import { stemEnglish } from '../text/stem-en';
import type { CheckContext } from './context';
import { segment } from './coverage';
import { unpairedCues } from './cue-pairing';
import { at, finding, snippet } from './finding';
import { doubleNegatives, scopedPolarity, withoutNames } from './negation-scope';
import { zeroQuantities } from './negation-zero';
import type { CheckInput, CheckRow, Finding } from './types';

export interface PolarityDiff {
  /** English negations with no Chinese counterpart (an inserted "not"). */
  added: CueMatch[];
  /** Chinese negations the English does not carry (a dropped 不). */
  dropped: CueMatch[];
}

const cueStems = new WeakMap<object, Set<string>>();

/**
 * "its rejection of" for 拒绝接受: a word WordNet derives from a negating verb (rejection from
 * reject, refusal from refuse, denial from deny) answers a Chinese negation as a weak cue.
 */
function derivedNegations(en: string, ctx: CheckContext): CueMatch[] {
  const lex = ctx.lexicons.negation;
  let stems = cueStems.get(lex);
  if (!stems) {
    stems = new Set([...lex.en.cues, ...lex.en.weak].filter((w) => /^[a-z]+$/.test(w)).map(stemEnglish));
    cueStems.set(lex, stems);
  }
  let answers = derivedAnswers.get(ctx.lexicons);
  if (!answers || answers.size >= 50_000) {
    answers = new Map();
    derivedAnswers.set(ctx.lexicons, answers);
  }
  const out: CueMatch[] = [];
  for (const m of en.matchAll(/[A-Za-z]{4,}/g)) {
    const w = m[0].toLowerCase();
    let derived = answers.get(w);
    if (derived === undefined) {
      // a cue itself is no derived one: enNegations has it
      derived = !stems.has(stemEnglish(w)) && ctx.lexicons.english.derived(w).some((r) => stems.has(r));
      answers.set(w, derived);
    }
    if (derived) out.push({ cue: m[0], start: m.index, end: m.index + m[0].length, strong: false });
  }
  return out;
}

// a word's answer, the same for every text the same lexicons read
const derivedAnswers = new WeakMap<object, Map<string, boolean>>();

/**
 * inconspicuous, illegal, dishonest for 不起眼, 不合法, 不诚实: English negates with the Latin
 * prefixes in-/im-/il-/ir-/dis- too, but most words so spelled negate nothing (increase,
 * discuss). A prefixed word counts, as a weak cue, when WordNet gives the unprefixed word as
 * its antonym.
 */
function prefixedNegations(en: string, ctx: CheckContext): CueMatch[] {
  const out: CueMatch[] = [];
  for (const m of en.matchAll(/\b(?:in|im|il|ir|dis)([a-z]{4,})\b/gi)) {
    const base = stemEnglish(m[1].toLowerCase());
    if (ctx.lexicons.english.antonyms(m[0]).includes(base))
      out.push({ cue: m[0], start: m.index, end: m.index + m[0].length, strong: false });
  }
  return out;
}

/**
 * Chinese repeats the negator in each member of a list (不是偷来的、不是抢来的; 打不垮、冲不散、
 * 抢不走) where English puts one negation over the coordination ("not stolen or robbed",
 * "cannot be defeated, washed away or taken away"). A strong cue whose gap to the previous
 * one is a short stretch holding the list comma 、 and no clause punctuation continues it.
 */
export function listNegations(zh: string, cues: CueMatch[]): number {
  let n = 0;
  let prev: CueMatch | null = null;
  for (const c of cues) {
    const gap = prev ? zh.slice(prev.end, c.start) : '';
    if (!(prev && gap.length <= 10 && gap.includes('、') && !/[，,。；;：:！？!?]/.test(gap))) n++;
    prev = c;
  }
  return n;
}

/**
 * Compares the polarity of a pair. Strong cues must be answered by a strong or weak cue on
 * the other side; weak cues (无, 非, without, un-…) never raise a finding, since they are
 * often rendered lexically (无症状 → "asymptomatic").
 */
export function polarityDiff(zh: string, en: string, ctx: CheckContext): PolarityDiff {
  const z = [...withoutNames(zh, zhNegations(zh, ctx.lexicons.negation), ctx, en), ...zeroQuantities(zh)];
  const e = [
    ...doubleNegatives(zh, en, enNegations(en, ctx.lexicons.negation), ctx),
    ...derivedNegations(en, ctx),
    ...prefixedNegations(en, ctx),
  ];
  const zStrong = z.filter((m) => m.strong);
  const eStrong = e.filter((m) => m.strong);
  // weak cues answer weak cues first; only the surplus may stand in for a strong one
  const zSpare = Math.max(0, z.length - zStrong.length - (e.length - eStrong.length));
  const eSpare = Math.max(0, e.length - eStrong.length - (z.length - zStrong.length));
  const addedCount = eStrong.length - zStrong.length - zSpare;
  const droppedCount = listNegations(zh, zStrong) - eStrong.length - eSpare;
  const added = addedCount > 0 ? unpairedCues(eStrong, en.length, z, zh.length) : [];
  const dropped = droppedCount > 0 ? unpairedCues(zStrong, zh.length, e, en.length) : [];
  if (addedCount <= 0 && droppedCount <= 0 && (zStrong.length > 0 || eStrong.length > 0)) {
    // counts agree: one negation may still have moved to another concept
    const scoped = scopedPolarity(zh, en, ctx);
    if (scoped.dropped.length > 0 && scoped.added.length > 0)
      return { added: [], dropped: scoped.dropped.slice(0, 1) };
    if (scoped.dropped.length > 0 && eStrong.length < zStrong.length + 1)
      return { added: [], dropped: scoped.dropped.slice(0, 1) };
    // an English negation over a concept the Chinese states plainly, answered only by weak cues;
    // "no", "none", "nobody" are how English says the existential 无 / 没有 / a zero count
    const existential = z.some((m) => /^(?:无|没有|没|毫无|[0０])/.test(m.cue));
    const moved = scoped.added.filter(
      (c) => !(existential && /^(?:no|none|nobody|nothing|neither)$/i.test(c.cue)),
    );
    if (moved.length > 0 && zStrong.length === 0) return { added: moved.slice(0, 1), dropped: [] };
  }
  const kept = dropped.filter((c) => !antonymRendered(zh, c, en, ctx));
  return {
    added: added.slice(0, Math.max(0, addedCount)),
    dropped: kept.slice(0, Math.max(0, droppedCount - (dropped.length - kept.length))),
  };
}

/**
 * 意愿不高 "low willingness", 不赢 "lose": English often says a negated word with its antonym.
 * The negation is rendered when an English word's WordNet antonym is a gloss of the word the
 * Chinese negator governs (its own word, or the next one).
 */
function antonymRendered(zh: string, cue: CueMatch, en: string, ctx: CheckContext): boolean {
  const dict = ctx.dictionary;
  if (!dict) return false;
  const tokens = segment(dict, zh).filter((t) => t.kind === 'word');
  const own = tokens.find((t) => t.start <= cue.start && t.end > cue.end);
  const next = tokens.find((t) => t.start >= cue.end);
  const governed = own ?? next;
  if (!governed) return false;
  const text = own ? own.text.replace(cue.cue, '') : governed.text;
  const stems = new Set(dict.glossStems(text));
  if (stems.size === 0) return false;
  for (const m of en.matchAll(/[A-Za-z]{3,}/g))
    if (ctx.lexicons.english.antonyms(m[0].toLowerCase()).some((a) => stems.has(a))) return true;
  return false;
}

export function negationFindings(row: CheckRow, r: number, ctx: CheckContext): Finding[] {
  const diff = polarityDiff(row.zh, row.en, ctx);
  const out: Finding[] = [];
  for (const m of diff.added) {
    out.push(
      finding({
        type: 'negation',
        category: 'accuracy/mistranslation',
        severity: 'major',
        zh: at(r),
        en: at(r, m.start, m.end),
        evidence: {
          zh: row.zh.length > 80 ? `${row.zh.slice(0, 80)}…` : row.zh,
          en: snippet(row.en, m.start, m.end, 30),
        },
        message: {
          en: `The English negates ("${m.cue}") where the Chinese states the positive.`,
          zh: `英文使用了否定（“${m.cue}”），而中文为肯定表述。`,
        },
      }),
    );
  }
  for (const m of diff.dropped) {
    out.push(
      finding({
        type: 'negation',
        category: 'accuracy/mistranslation',
        severity: 'major',
        zh: at(r, m.start, m.end),
        en: at(r),
        evidence: {
          zh: snippet(row.zh, m.start, m.end, 10),
          en: row.en.length > 120 ? `${row.en.slice(0, 120)}…` : row.en,
        },
        message: {
          en: `The Chinese negation "${m.cue}" is missing from the English, which states the positive.`,
          zh: `中文的否定“${m.cue}”在英文中缺失，英文成了肯定表述。`,
        },
      }),
    );
  }
  return out;
}

/** Polarity of every aligned pair; the headline row is left to the headline check. */
export function checkNegation(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    if (row.kind === 'headline' || !row.zh.trim() || !row.en.trim()) return;
    out.push(...negationFindings(row, r, ctx));
  });
  return out;
}
