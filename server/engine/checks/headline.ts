import { enNegations } from '../text/cues';
import { extractEnNumbers, extractZhNumbers } from '../text/numbers';
import { stemEnglish } from '../text/stem-en';
import type { CheckContext } from './context';
import { enContentTokens, glossUnion, zhContentWords } from './coverage';
import { at, finding, snippet } from './finding';
import { certaintyDiff } from './hedge';
import { polarityDiff } from './negation';
import { unmatchedNumbers } from './number';
import type { CheckInput, CheckRow, Finding } from './types';

interface Clause {
  row: number;
  start: number;
  end: number;
  text: string;
  /** Content stems, cue words excluded. */
  topic: { stem: string; start: number; name: boolean }[];
  /** Positions of negative cues (not, unlikely, limited…) in the row text. */
  negatives: { cue: string; start: number }[];
  words: Set<string>;
}

// Clauses end at "but", "while", "although", "however", semicolons and sentence ends:
// the seed's subheading asserts one thing before "but" and denies another after it.
const CLAUSE_BREAK = /(?:[.;!?]+\s+|,?\s+(?:but|while|although|though|whereas|however|yet)\s+|\s+[—–]\s+)/gi;
const SCOPE = 4;

function clausesOf(text: string, row: number, ctx: CheckContext): Clause[] {
  const stop = ctx.lexicons.enStopwords;
  const negWords = new Set(ctx.lexicons.negation.polarityNegative);
  const cues = enNegations(text, ctx.lexicons.negation).filter((m) => m.strong);
  const tokens = enContentTokens(text, stop);
  const bounds: number[] = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) bounds.push(m.index, m.index + m[0].length);
  bounds.push(text.length);
  const out: Clause[] = [];
  for (let k = 0; k + 1 < bounds.length; k += 2) {
    const s = bounds[k];
    const e = bounds[k + 1];
    if (e <= s) continue;
    const inside = tokens.filter((t) => t.start >= s && t.end <= e);
    // in a title-case clause capitals say nothing about names
    const titleCase = inside.filter((t) => /^[A-Z]/.test(t.word)).length >= 0.6 * inside.length;
    const negatives = [
      ...cues.filter((c) => c.start >= s && c.start < e).map((c) => ({ cue: c.cue, start: c.start })),
      ...inside
        .filter((t) => negWords.has(t.word.toLowerCase()))
        .map((t) => ({ cue: t.word.toLowerCase(), start: t.start })),
    ];
    const cueWords = new Set(negatives.map((n) => n.cue));
    const topic = inside
      .filter(
        (t) =>
          !cueWords.has(t.word.toLowerCase()) &&
          !/^(likely|unlikely|expected|highly|certain|probably)$/i.test(t.word),
      )
      .map((t) => ({
        stem: t.stem,
        start: t.start,
        name: titleCase ? false : /^[A-Z]/.test(t.word) && !atSentenceStart(text, t.start),
      }));
    out.push({
      row,
      start: s,
      end: e,
      text: text.slice(s, e),
      topic,
      negatives,
      words: new Set(inside.map((t) => t.word.toLowerCase())),
    });
  }
  return out;
}

/** Topic stems of `b` shared with `a`, and whether one lies within a negative cue's scope in `neg`. */
function atSentenceStart(text: string, pos: number): boolean {
  return /(^|[.!?:;“"(]\s*)$/.test(text.slice(0, pos).trimEnd());
}

/**
 * Topic stems `a` and `b` share, and whether one that is not a name lies within a negative
 * cue's scope in `neg`: "security issues … remain limited" denies the headline's claim about
 * security issues, "China … hard to offer commitments" says nothing about it.
 */
function shared(a: Clause, b: Clause, neg: Clause): { count: number; scoped: boolean } {
  const aStems = new Set(a.topic.map((t) => t.stem));
  const common = new Set(b.topic.map((t) => t.stem).filter((s) => aStems.has(s)));
  const names = new Set([...a.topic, ...b.topic].filter((t) => t.name).map((t) => t.stem));
  let scoped = false;
  for (const n of neg.negatives) {
    const idx = neg.topic.findIndex((t) => t.start > n.start);
    const from = Math.max(0, (idx < 0 ? neg.topic.length : idx) - SCOPE);
    const to = idx < 0 ? neg.topic.length : idx + SCOPE;
    if (neg.topic.slice(from, to).some((t) => common.has(t.stem) && !names.has(t.stem))) scoped = true;
  }
  return { count: common.size, scoped };
}

/** Base forms a comparative or superlative may come from: milder → mild, larger → large. */
function baseForms(w: string): string[] {
  return [w, w.replace(/ier$|iest$/, 'y'), w.replace(/er$|est$/, ''), w.replace(/r$|st$/, '')];
}

function antonymClash(a: Clause, b: Clause, ctx: CheckContext): string | null {
  const aBase = new Set([...a.words].flatMap(baseForms));
  const bBase = new Set([...b.words].flatMap(baseForms));
  for (const w of aBase) {
    for (const x of ctx.lexicons.antonyms.get(w) ?? []) {
      if (bBase.has(x) && !bBase.has(w) && !aBase.has(x)) return `${w}/${x}`;
    }
  }
  return null;
}

function contradiction(
  head: Clause,
  body: Clause,
  minShared: number,
  ctx: CheckContext,
  antonymsOnly = false,
): { why: 'polarity' | 'antonym'; detail: string } | null {
  const hNeg = head.negatives.length > 0;
  const bNeg = body.negatives.length > 0;
  if (hNeg !== bNeg && !antonymsOnly) {
    const s = shared(head, body, hNeg ? head : body);
    if (s.count >= minShared && s.scoped)
      return { why: 'polarity', detail: (hNeg ? head : body).negatives[0].cue };
  }
  const clash = antonymClash(head, body, ctx);
  if (clash && shared(head, body, body).count >= minShared) return { why: 'antonym', detail: clash };
  return null;
}

function crossLingual(row: CheckRow, r: number, ctx: CheckContext): Finding[] {
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
    // "severe" where the Chinese headline says 轻症 ("mild")
    const gloss = glossUnion(zhContentWords(row.zh, ctx));
    for (const t of enContentTokens(row.en, ctx.lexicons.enStopwords)) {
      const w = t.word.toLowerCase();
      const anti = (ctx.lexicons.antonyms.get(w) ?? []).find((x) => gloss.has(stemEnglish(x)));
      if (!anti || gloss.has(t.stem)) continue;
      out.push(
        finding({
          ...base,
          severity: 'critical',
          zh: at(r),
          en: at(r, t.start, t.end),
          evidence,
          message: {
            en: `The English headline says "${t.word}" where the Chinese headline means "${anti}".`,
            zh: `英文标题用了“${t.word}”，而中文标题的意思是“${anti}”。`,
          },
          suggestion: anti,
        }),
      );
      break;
    }
  }
  return out;
}

/**
 * The English headline against the Chinese headline (polarity, certainty, numbers, antonyms)
 * and against the English body: a subheading, the lead and body clauses that share its
 * topic words must not deny what it asserts.
 */
export function checkHeadline(input: CheckInput, ctx: CheckContext): Finding[] {
  const rows = input.rows;
  const h = rows.findIndex((row) => row.kind === 'headline' && row.en.trim() !== '');
  if (h < 0) return [];
  const head = rows[h];
  const out: Finding[] = head.zh.trim() ? crossLingual(head, h, ctx) : [];
  const headClauses = clausesOf(head.en, h, ctx);
  // A headline that renders its Chinese headline faithfully is compared with in-body
  // headlines only: if the body then disagrees, the body is what the pair checks must catch.
  // Antonyms are the exception: a lead that calls "mild" what the headline calls "severe" is
  // worth a look even when the Chinese headline gave no cue the dictionary could read.
  const faithful = head.zh.trim() !== '' && out.length === 0;
  const lead = rows.findIndex(
    (row, r) => r !== h && row.en.trim() !== '' && (row.kind === 'lead' || row.kind === 'body'),
  );
  let reported = 0;
  for (let r = 0; r < rows.length && reported < 3; r++) {
    const row = rows[r];
    if (
      r === h ||
      !row.en.trim() ||
      row.kind === 'headline' ||
      row.kind === 'caption' ||
      row.kind === 'byline'
    )
      continue;
    const antonymsOnly = faithful && row.kind !== 'subhead';
    if (antonymsOnly && r !== lead) continue;
    for (const bc of clausesOf(row.en, r, ctx)) {
      const hit = headClauses
        .map((hc) => ({ hc, c: contradiction(hc, bc, 2, ctx, antonymsOnly) }))
        .find((x) => x.c);
      if (!hit?.c) continue;
      reported++;
      out.push(
        finding({
          type: 'headline',
          category: 'accuracy/mistranslation',
          severity: 'critical',
          zh: null,
          en: at(h, hit.hc.start, hit.hc.end),
          related: at(r, bc.start, bc.end),
          evidence: { en: `${head.en} ⟷ ${snippet(row.en, bc.start, bc.end, 0)}` },
          message:
            hit.c.why === 'polarity'
              ? {
                  en: `The headline contradicts the article, which says: "${bc.text.trim()}".`,
                  zh: `标题与正文矛盾：正文“${bc.text.trim()}”的说法与标题相反。`,
                }
              : {
                  en: `The headline says the opposite of the article (${hit.c.detail}): "${bc.text.trim()}".`,
                  zh: `标题与正文的说法相反（${hit.c.detail}）：“${bc.text.trim()}”。`,
                },
        }),
      );
      break;
    }
  }
  return out;
}
