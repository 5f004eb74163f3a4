import { enNegations } from '../text/cues';
import type { CheckContext } from './context';
import { enContentTokens } from './coverage';
import { at, finding, snippet } from './finding';
import { crossLingual } from './headline-source';
import type { CheckInput, Finding } from './types';

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
