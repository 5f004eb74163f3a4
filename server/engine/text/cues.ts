// Cue words (negation, hedges, intensifiers) found with their spans. Lists come from
// data/lexicons/*.json and are passed in. Chinese is matched longest-first with a mask of
// words that contain a cue character without carrying its meaning (不断, 非常, 未来);
// English is matched on word boundaries, phrases allowed.
import { stemEnglish } from './stem-en';

export interface CueMatch {
  cue: string;
  start: number;
  end: number;
  /** Weak cues confirm a match on the other side but do not raise a finding alone. */
  strong: boolean;
}

export interface NegationLexicon {
  zh: {
    cues: string[];
    weak: string[];
    nonNegating: string[];
    rhetorical: string[];
    weakAfterBu: string;
    overrides?: string[];
  };
  en: {
    cues: string[];
    weak: string[];
    nonNegating: string[];
    prefixExceptions: string[];
    /** Verbs and nouns of cancelling, refusing and denying: a headline that adds one reverses the news. */
    cancellation?: string[];
    /** Verbs whose sense is negative (avoid, forget, fail): "can't avoid" and "never forget" assert. */
    negativeVerbs?: string[];
  };
  polarityNegative: string[];
}

export interface HedgeLexicon {
  zh: {
    hedges: string[];
    triggerHedges: string[];
    ability: string[];
    intensifiers: string[];
    lostTriggers: string[];
    abilityNonWords?: string[];
    /** Regular expressions for attributions split by their source: 据澳大利亚媒体报道. */
    attributionPatterns?: string[];
    sayingVerbs?: string[];
    /** Attribution clauses whose scope is the clause they govern (checks/attribution.ts). */
    attributionClauses?: { patterns: string[]; sayingVerbs: string[]; verbFollowers: string };
    /** Hedges English renders with a modal or "likely" (可能 → may), as against 预计 or 据报. */
    modalHedges?: string[];
    /** Frames ending in 说 that report nobody's words: 对…来说 ("for"), 就是说 ("that is"). */
    notSaying?: string[];
  };
  en: {
    hedges: string[];
    triggerHedges: string[];
    intensifiers: string[];
    approximators?: string[];
    /** Expectation and attribution words that render 预计, 据 and the like. */
    expectations?: string[];
    /** Verbs and phrases of saying that answer a Chinese attribution clause. */
    attributionMarkers?: string[];
    /** The nouns among them ("report", "sources"): they name a source without always adding one. */
    attributionNouns?: string[];
    /**
     * Words whose complement carries its own mood: a modal in what someone hopes (the rest of
     * the sentence) or in a purpose or time clause (up to the next punctuation) is no hedge.
     */
    modalGovernors?: { sentence: string[]; clause: string[] };
    /** Phrases holding an intensifier without intensifying: "make sure" is "ensure". */
    notIntensifiers?: string[];
  };
}

function maskOf(text: string, words: string[]): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    let k = text.indexOf(w);
    while (k >= 0) {
      for (let i = k; i < k + w.length; i++) mask[i] = true;
      k = text.indexOf(w, k + 1);
    }
  }
  return mask;
}

// Cue lists are fixed per lexicon: each is sorted longest first once and grouped by its first
// character, so a position is tried only against the cues that can start there.
const cueIndexes = new Map<string, Map<string, string[]>>();

// the lexicons' own lists come again and again: found by identity before their text is joined
const cueIndexOfList = new WeakMap<string[], Map<string, string[]>>();

function cueIndex(cues: string[]): Map<string, string[]> {
  const known = cueIndexOfList.get(cues);
  if (known) return known;
  const key = cues.join('\u0001');
  let index = cueIndexes.get(key);
  if (!index) {
    index = new Map();
    for (const c of [...cues].sort((a, b) => b.length - a.length)) {
      const list = index.get(c[0]);
      if (list) list.push(c);
      else index.set(c[0], [c]);
    }
    if (cueIndexes.size > 200) cueIndexes.clear();
    cueIndexes.set(key, index);
  }
  cueIndexOfList.set(cues, index);
  return index;
}

/** Chinese cues, longest first at each position, skipping masked characters. */
export function findZhCues(text: string, cues: string[], mask: boolean[] = [], strong = true): CueMatch[] {
  const index = cueIndex(cues);
  const out: CueMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (mask[i]) {
      i++;
      continue;
    }
    const hit = index.get(text[i])?.find((c) => text.startsWith(c, i));
    if (hit) {
      out.push({ cue: hit, start: i, end: i + hit.length, strong });
      i += hit.length;
    } else i++;
  }
  return out;
}

const regexCache = new Map<string, RegExp>();

const regexOfList = new WeakMap<string[], RegExp>();

function phraseRegex(phrases: string[]): RegExp {
  let re = regexOfList.get(phrases);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  const key = phrases.join('\u0001');
  re = regexCache.get(key);
  if (!re) {
    const alts = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) =>
        p
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/ /g, '\\s+')
          .replace(/'/g, "['’]"),
      );
    re = new RegExp(`(?<![A-Za-z])(?:${alts.join('|')})(?![A-Za-z])`, 'gi');
    regexCache.set(key, re);
  }
  regexOfList.set(phrases, re);
  re.lastIndex = 0;
  return re;
}

/** English cue words or phrases, case-insensitive, on word boundaries. */
export function findEnCues(text: string, phrases: string[], mask: boolean[] = [], strong = true): CueMatch[] {
  if (phrases.length === 0) return [];
  const out: CueMatch[] = [];
  for (const m of text.matchAll(phraseRegex(phrases))) {
    if (mask[m.index]) continue;
    out.push({
      cue: m[0].toLowerCase().replace(/\s+/g, ' '),
      start: m.index,
      end: m.index + m[0].length,
      strong,
    });
  }
  return out;
}

function enMaskOf(text: string, phrases: string[]): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(phraseRegex(phrases))) {
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

/**
 * Negations of a Chinese text. 不仅/不断/非常 are masked; 不足, 不利 and other bound
 * forms are weak (English renders them with un-/in- words or "less than"); a question
 * opened by 难道 asserts the positive, so its negations cancel.
 */
export function zhNegations(text: string, lex: NegationLexicon): CueMatch[] {
  const mask = maskOf(text, lex.zh.nonNegating);
  // 并不少见 negates although 不少 alone does not: overrides win over the mask
  const overrides = findZhCues(text, lex.zh.overrides ?? [], [], true);
  for (const m of overrides) for (let i = m.start; i < m.end; i++) mask[i] = true;
  const weakSet = new Set(lex.zh.weak);
  // one longest-match pass, so a weak 不见 or 未满 is not read as a strong 不 or 未
  const all = [...overrides, ...findZhCues(text, [...lex.zh.cues, ...lex.zh.weak], mask, true)];
  for (const m of all) {
    if (weakSet.has(m.cue)) m.strong = false;
    if (m.cue === '不' && lex.zh.weakAfterBu.includes(text[m.end] ?? '\u0000')) m.strong = false;
  }
  return all
    .sort((a, b) => a.start - b.start)
    .filter((m) => !inRhetoricalQuestion(text, m.start, lex.zh.rhetorical) && !aNotA(text, m));
}

/**
 * The A-not-A question (会不会, 是不是, 有没有, 喜不喜欢, 小康不小康) asks "whether"; it negates
 * nothing. A is the one or two characters before the negator, repeated right after it.
 */
function aNotA(text: string, m: CueMatch): boolean {
  const neg = text[m.start];
  if (neg !== '不' && neg !== '没') return false;
  // 投与不投, 去或不去, 是还是不是: the alternatives joined by 与/或/还是 ask "whether" too
  const joined = /(?:与|或|和|还是)$/.exec(text.slice(Math.max(0, m.start - 2), m.start));
  const at = joined ? m.start - joined[0].length : m.start;
  const before1 = text.slice(at - 1, at);
  const before2 = at >= 2 ? text.slice(at - 2, at) : '';
  // 会不会 is matched as the cue 不会, 有没有 as 没有: what follows the negator character counts
  const after = text.slice(m.start + 1);
  return (
    (/\p{Script=Han}/u.test(before1) && after.startsWith(before1)) ||
    (/^\p{Script=Han}{2}$/u.test(before2) && after.startsWith(before2))
  );
}

function inRhetoricalQuestion(text: string, pos: number, openers: string[]): boolean {
  const sentStart = Math.max(
    text.lastIndexOf('。', pos - 1),
    text.lastIndexOf('！', pos - 1),
    text.lastIndexOf('？', pos - 1),
  );
  const head = text.slice(sentStart + 1, pos);
  if (!openers.some((o) => head.includes(o))) return false;
  const endQ = text.indexOf('？', pos);
  const endP = text.indexOf('。', pos);
  return endQ >= 0 && (endP < 0 || endQ < endP);
}

const EN_NEG_PREFIX = /(?<![A-Za-z])(?:un[a-z]{3,}|non-?[a-z]{3,}|[a-z]{3,}less)(?![A-Za-z])/gi;

/**
 * Negations of an English text. "not only", "no doubt", "whether or not" are masked;
 * without/lack/hard and un-/non-/-less words are weak (Chinese often says them with 无, 非, 难).
 */
export function enNegations(text: string, lex: NegationLexicon): CueMatch[] {
  const mask = enMaskOf(text, lex.en.nonNegating);
  // "No. 3" is a number sign
  for (const m of text.matchAll(/\bNo\.\s*\d/g)) for (let i = m.index; i < m.index + 3; i++) mask[i] = true;
  // "qualified or not." and "whether (if) … or not" ask a question; "or not to take" negates
  for (const m of text.matchAll(/\bor not\b/g)) {
    const question =
      /^\s*(?:[,.;:)?!]|$)/.test(text.slice(m.index + 6)) ||
      /\b(?:whether|if)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index));
    if (question) for (let i = m.index; i < m.index + 6; i++) mask[i] = true;
  }
  const out = findEnCues(text, lex.en.cues, mask, true);
  const contractions = /n['’]t(?![A-Za-z])/gi;
  for (const m of text.matchAll(contractions)) {
    if (!mask[m.index]) out.push({ cue: "n't", start: m.index, end: m.index + m[0].length, strong: true });
  }
  out.push(...findEnCues(text, lex.en.weak, mask, false));
  for (const m of text.matchAll(EN_NEG_PREFIX)) {
    if (mask[m.index] || lex.en.prefixExceptions.includes(m[0].toLowerCase())) continue;
    out.push({ cue: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, strong: false });
  }
  // "Is this not a fact?" renders 难道…不是…吗？: a negated question asserts, so its cue is weak
  for (const m of out) if (inQuestion(text, m.start)) m.strong = false;
  for (const m of out) if (m.strong && notUntil(text, m.end)) m.strong = false;
  return out.sort((a, b) => a.start - b.start);
}

/** The words of the clause after a cue, up to n of them. */
function clauseWordsAfter(text: string, pos: number, n: number): string[] {
  const rest = text.slice(pos);
  const end = rest.search(/[,.;:!?，。；：！？]/);
  return (
    (end >= 0 ? rest.slice(0, end) : rest)
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.slice(0, n) ?? []
  );
}

/** "don't form until mid-August": English says 才 ("only then") with a negation and "until". */
function notUntil(text: string, pos: number): boolean {
  return clauseWordsAfter(text, pos, 6).includes('until');
}

/** "can't avoid", "never forget": the stem of a verb of negative sense a cue at pos negates, if any. */
export function negatedNegativeVerb(text: string, pos: number, lex: NegationLexicon): string | null {
  const stems = new Set((lex.en.negativeVerbs ?? []).map(stemEnglish));
  for (const w of clauseWordsAfter(text, pos, 3)) if (stems.has(stemEnglish(w))) return stemEnglish(w);
  return null;
}

function inQuestion(text: string, pos: number): boolean {
  const rest = text.slice(pos);
  const end = rest.search(/[.!?;。！？]/);
  return end >= 0 && (rest[end] === '?' || rest[end] === '？');
}

export function count(matches: CueMatch[], strong: boolean): number {
  return matches.filter((m) => m.strong === strong).length;
}

/** Hedges of a Chinese text; "trigger" hedges are strong, attribution and estimates weak. */
export function zhHedges(text: string, lex: HedgeLexicon): CueMatch[] {
  const strongOnes = findZhCues(text, lex.zh.triggerHedges, [], true);
  const mask = maskOf(text, lex.zh.triggerHedges);
  // 或 as "or" between nouns is far more common than 或 as "perhaps": weak only
  const weak = findZhCues(text, lex.zh.hedges, mask, false);
  return [...strongOnes, ...weak].sort((a, b) => a.start - b.start);
}

export function enHedges(text: string, lex: HedgeLexicon): CueMatch[] {
  const mask = enMaskOf(text, lex.en.intensifiers);
  // "May 20", "in May": the month, not the modal
  for (const m of text.matchAll(/(?<![.!?]\s|^)May(?![A-Za-z])|May(?=\s+\d)/g))
    for (let i = m.index; i < m.index + 3; i++) mask[i] = true;
  for (const i of governedModals(text, lex)) mask[i] = true;
  const strongOnes = findEnCues(text, lex.en.triggerHedges, mask, true);
  const strongMask = [...mask];
  for (const m of strongOnes) for (let i = m.start; i < m.end; i++) strongMask[i] = true;
  const weak = findEnCues(text, lex.en.hedges, strongMask, false);
  return [...strongOnes, ...weak].sort((a, b) => a.start - b.start);
}

const GOVERNED = /(?<![A-Za-z])(?:may|might|could|would|should)(?![A-Za-z])/gi;

/** Start offsets of modals in the mood of a governing word (he hoped that he could go). */
function governedModals(text: string, lex: HedgeLexicon): number[] {
  const gov = lex.en.modalGovernors;
  if (!gov) return [];
  const out: number[] = [];
  for (const m of text.matchAll(GOVERNED)) {
    const before = text.slice(0, m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), -1) + 1);
    const clause = sentence.slice(sentence.search(/[^,:;()“”"]*$/));
    if (
      findEnCues(sentence, gov.sentence).length > 0 ||
      findEnCues(clause, gov.clause).some((g) => clause.length - g.end <= 40)
    )
      out.push(m.index);
  }
  return out;
}

export function zhIntensifiers(text: string, lex: HedgeLexicon): CueMatch[] {
  return findZhCues(text, lex.zh.intensifiers);
}

export function enIntensifiers(text: string, lex: HedgeLexicon): CueMatch[] {
  return findEnCues(text, lex.en.intensifiers, enMaskOf(text, lex.en.notIntensifiers ?? []));
}

/** 可以, 能 and the like, which make "may"/"could" ability or permission; 能力, 可靠 do not count. */
export function zhAbility(text: string, lex: HedgeLexicon): CueMatch[] {
  return findZhCues(text, lex.zh.ability, maskOf(text, lex.zh.abilityNonWords ?? []));
}

/** Attributions whose source sits inside them (据澳大利亚媒体报道), found by pattern. */
export function zhAttributions(text: string, lex: HedgeLexicon): CueMatch[] {
  const out: CueMatch[] = [];
  for (const p of lex.zh.attributionPatterns ?? []) {
    for (const m of text.matchAll(new RegExp(p, 'g')))
      out.push({ cue: m[0], start: m.index, end: m.index + m[0].length, strong: true });
  }
  return out;
}
