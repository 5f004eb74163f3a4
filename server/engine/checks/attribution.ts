// Dropped attribution: the Chinese says whose claim it is (据…报道, 据悉, 传, X表示，…, 消息人士称)
// and the English states it flatly. Attribution belongs to the clause it governs, so the two
// sides are compared by count: each Chinese attribution clause needs its own English answer
// ("according to", "X said", "reportedly", quoted speech). A "said" for a second speaker does
// not answer a first one. The English may move an attribution to a neighbouring row, so a
// surplus of answers next door covers a shortfall here.
import type { CueMatch } from '../text/cues';
import type { CheckContext } from './context';
import { segment } from './coverage';
import { ownWords } from './cue-words';
import { at, finding, snippet } from './finding';
import type { CheckRow, Finding } from './types';

/** A finding on a Chinese cue the English lost: the cue's span against the whole English row. */
export function lostCueFinding(row: CheckRow, r: number, m: CueMatch, message: Finding['message']): Finding {
  return finding({
    type: 'hedge',
    category: 'accuracy/mistranslation',
    severity: 'minor',
    zh: at(r, m.start, m.end),
    en: at(r),
    evidence: {
      zh: snippet(row.zh, m.start, m.end, 10),
      en: row.en.length > 120 ? `${row.en.slice(0, 120)}…` : row.en,
    },
    message,
  });
}

const CLAUSE_END = /[，。；！？：,;!?]/;

const patternCache = new Map<string, RegExp>();

/** The lexicon's patterns compiled once (matchAll copies the expression, so sharing it is safe). */
function patternRe(p: string): RegExp {
  let re = patternCache.get(p);
  if (!re) {
    re = new RegExp(p, 'g');
    patternCache.set(p, re);
  }
  return re;
}

/** Chinese attribution clauses of a text, one match per clause. */
export function zhAttributionClauses(zh: string, ctx: CheckContext, loose = false): CueMatch[] {
  // verbFollowers: after these a saying verb introduces what was said (X表示，… / X说：“…”)
  const lex = ctx.lexicons.hedges.zh.attributionClauses;
  if (!lex) return [];
  const found: CueMatch[] = [];
  for (const p of lex.patterns)
    for (const m of zh.matchAll(patternRe(p)))
      found.push({ cue: m[0], start: m.index, end: m.index + m[0].length, strong: true });
  // a verb of saying is a word, not a character: the dictionary's segmentation keeps 说明,
  // 小说, 称为 and 名称 apart from 说 and 称. It must introduce the clause it reports.
  const verbs = new Set(lex.sayingVerbs);
  const frames = ctx.lexicons.hedges.zh.notSaying ?? [];
  const dict = ctx.dictionary;
  if (dict) {
    for (const t of segment(dict, zh)) {
      if (!verbs.has(t.text)) continue;
      // 对于党员来说 is "for Party members": nobody speaks
      if (frames.some((f) => zh.startsWith(f, t.end - f.length))) continue;
      const next = zh.slice(t.end).trimStart()[0] ?? '';
      if (!loose && !lex.verbFollowers.includes(next)) continue;
      found.push({ cue: t.text, start: t.start, end: t.end, strong: true });
    }
  }
  // one per clause: 据新华社报道称 is one attribution, not two
  const own = ownWords(zh, found, ctx).sort((a, b) => a.start - b.start);
  const out: CueMatch[] = [];
  for (const m of own) {
    const prev = out[out.length - 1];
    if (prev && !CLAUSE_END.test(zh.slice(prev.start, m.start))) {
      if (m.end > prev.end) out[out.length - 1] = { ...prev, end: m.end, cue: zh.slice(prev.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

const markerCache = new Map<readonly string[], RegExp>();

function markerRe(list: readonly string[]): RegExp {
  let re = markerCache.get(list);
  if (!re) {
    const alt = [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+'));
    re = new RegExp(`\\b(?:${alt.join('|')})\\b`, 'gi');
    markerCache.set(list, re);
  }
  return re;
}

let verbLists: { from: readonly string[]; verbs: string[] } | null = null;

/**
 * English answers to an attribution: clauses with a verb or phrase of saying, and quoted
 * speech. `verbsOnly` leaves out nouns ("a report by …"), which name a source without always
 * being one more attribution.
 */
export function enAttributionCount(en: string, ctx: CheckContext, verbsOnly = false): number {
  const lex = ctx.lexicons.hedges.en;
  const all = lex.attributionMarkers ?? [];
  if (verbsOnly && verbLists?.from !== all) {
    const nouns = new Set(lex.attributionNouns ?? []);
    verbLists = { from: all, verbs: all.filter((w) => !nouns.has(w)) };
  }
  const re = markerRe(verbsOnly && verbLists ? verbLists.verbs : all);
  // quoted speech is attributed speech, whoever is named; a quoted word or two ("threat") is
  // a scare quote, not speech
  // (news text often closes with a second “, or runs a quotation on past the paragraph)
  const quotes = [...en.matchAll(/[“"]([^”"“]+)(?:[”"“]|$)/g)].filter(
    (q) => q[1].trim().split(/\s+/).length >= 5,
  );
  // one per clause, as on the Chinese side: "a report by … says" is one attribution; a
  // "that" opens the reported clause, which may report again ("X reports that Y believes …")
  const clauses = en.split(/[,;:.!?]\s|(?<=\sthat)\s/i).filter((c) => {
    re.lastIndex = 0;
    return re.test(c);
  });
  return clauses.length + quotes.length;
}

/**
 * Surplus English answers of a row: attributions it carries beyond its own Chinese, whose
 * verbs of saying count here wherever they stand (X说他… asks for its "said" too).
 */
function surplus(row: CheckRow | undefined, ctx: CheckContext): number {
  if (!row?.zh.trim() || !row.en.trim()) return 0;
  const zhQuotes = [...row.zh.matchAll(/[“"]([^”"]+)[”"]/g)].filter((q) => q[1].trim().length >= 8).length;
  return enAttributionCount(row.en, ctx, true) - zhAttributionClauses(row.zh, ctx, true).length - zhQuotes;
}

export function attributionFindings(rows: CheckRow[], r: number, ctx: CheckContext): Finding[] {
  const row = rows[r];
  const clauses = zhAttributionClauses(row.zh, ctx);
  if (clauses.length === 0) return [];
  const answers = enAttributionCount(row.en, ctx);
  const missing = clauses.length - answers;
  if (missing <= 0) return [];
  // moved next door: the neighbour says more than its own Chinese asks for
  if (surplus(rows[r - 1], ctx) > 0 || surplus(rows[r + 1], ctx) > 0) return [];
  // the first clauses are the likeliest answered (English leads with its attributions)
  const m = clauses[clauses.length - missing];
  return [
    lostCueFinding(row, r, m, {
      en: `The Chinese attributes this ("${m.cue}"), but the English states it without saying whose claim it is.`,
      zh: `中文有出处或转述（“${m.cue}”），英文却直接陈述，没有说明是谁的说法。`,
    }),
  ];
}
