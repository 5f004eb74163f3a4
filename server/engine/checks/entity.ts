import type { CheckContext } from './context';
import { pinyinMatches, segment } from './coverage';
import { bodyUnexplained } from './entity-bodies';
import { expectedNames, swapFindings } from './entity-swaps';
import { at, finding } from './finding';
import { nameRuns, soundsLike } from './name-sounds';
import {
  articleVocabulary,
  CALENDAR,
  CAP,
  chineseNameMissing,
  insideQuotes,
  isOrdinaryName,
  isTitleCase,
  looksLikeChinesePerson,
  looksLikePinyin,
  type NamePhrase,
  type NameSupport,
  namePhrases,
  nameSupport,
  nameVocabulary,
  type PreparedZh,
  prepareZh,
  union,
  type Vocabulary,
} from './names';
import type { CheckInput, CheckRow, Finding } from './types';

/** Distinct names of one kind in the article's English. */
function articleNames(rows: CheckRow[], keep: (p: NamePhrase) => boolean): NamePhrase[] {
  const seen = new Map<string, NamePhrase>();
  for (const row of rows)
    for (const p of namePhrases(row.en)) if (keep(p) && !seen.has(p.text)) seen.set(p.text, p);
  return [...seen.values()];
}

/** The pieces of a name between "of", "and"…: "National Registration Bureau of Sabah" has two. */
function partsOf(p: NamePhrase): NamePhrase[] {
  const out: NamePhrase[] = [];
  for (const m of p.text.matchAll(/(?:[A-Z][A-Za-z0-9’'.-]*(?:[\s-]+|$))+/g)) {
    const words = m[0]
      .trim()
      .split(/[\s]+/)
      .filter((w) => CAP.test(w));
    if (words.length > 0 && words.length < p.words.length) {
      out.push({
        ...p,
        text: m[0].trim(),
        start: p.start + m.index,
        end: p.start + m.index + m[0].trim().length,
        words,
      });
    }
  }
  return out;
}

/**
 * "Ministry of Railways": an institution's head word says what kind of body it is; when the
 * Chinese accounts for none of the words that say which one, the body is not the source's.
 */
function institutionUnexplained(p: NamePhrase, s: NameSupport, ctx: CheckContext): boolean {
  const kinds = ctx.lexicons.institutionWords;
  const stop = ctx.lexicons.enStopwords;
  const isKind = (w: string) => kinds.has(w.toLowerCase());
  const counts = (w: string) => {
    const l = w.toLowerCase();
    return !kinds.has(l) && !stop.has(l) && !CALENDAR.has(l);
  };
  const unexplained = (distinct: string[]) =>
    distinct.length > 0 && distinct.every((w) => s.missing.includes(w));
  // "Bureau of Ministry of Railways" holds two bodies: judge each "Head of Which" pair too
  const groups = p.text
    .split(/\s+(?:of|for|and|the|&)\s+/)
    .map((g) => g.split(/\s+/).filter((w) => CAP.test(w.replace(/[’']s$/, ''))));
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    // a whole one-body name; inside longer chains the unglossed part is often an abbreviation (打拐办)
    if (groups.length === 1 && g.some(isKind) && g.some(counts) && unexplained(g.filter(counts))) return true;
    const next = groups[i + 1];
    if (g.length === 1 && isKind(g[0]) && next && !next.some(isKind) && unexplained(next.filter(counts)))
      return true;
  }
  return false;
}

function hasTransliteration(zh: string, chars: ReadonlySet<string>): boolean {
  if (/[\u3400-\u9fff][·•・][\u3400-\u9fff]/.test(zh)) return true;
  let run = 0;
  for (const c of zh) {
    run = chars.has(c) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * Names in the English that nothing in the Chinese of the row (or its neighbours) accounts
 * for: a person, place or body swapped for another. A pinyin-spelled name with no source is
 * enough; other names also need a source name left unrendered, or must be long and wholly
 * unexplained in a row without transliterated foreign names. A name the article renders
 * with support elsewhere is its established rendering. Needs the dictionary.
 */
export function checkEntities(input: CheckInput, ctx: CheckContext): Finding[] {
  const dict = ctx.dictionary;
  if (!dict) return [];
  const stop = ctx.lexicons.enStopwords;
  const english = ctx.lexicons.english;
  const glossary = input.glossary ?? [];
  const rows = input.rows;
  const candidates: {
    r: number;
    p: NamePhrase;
    s: NameSupport;
    pinyinMiss: boolean;
    wholly: boolean;
    bodyMiss: boolean;
    bodyV: boolean;
  }[] = [];
  const supportedSomewhere = new Set<string>();
  const noWords: ReadonlySet<string> = new Set();
  const vocabOf = (r: number) => (rows[r]?.zh ? nameVocabulary(rows[r].zh, dict, ctx) : noWords);
  // the whole article's Chinese, asked only about words a row's context does not explain;
  // read once (its vocabulary, lower case, pinyin) and each word asked once
  const zhAll = rows.map((x) => x.zh).join('\n');
  let articleVocab: Vocabulary | null = null;
  let prepared: PreparedZh | null = null;
  const inArticleMemo = new Map<string, boolean>();
  const inArticle = (w: string): boolean => {
    let v = inArticleMemo.get(w);
    if (v === undefined) {
      articleVocab ??= articleVocabulary(
        rows.map((x) => x.zh),
        dict,
        ctx,
      );
      prepared ??= prepareZh(zhAll, dict, glossary);
      const one: NamePhrase = { text: w, start: 0, end: w.length, words: [w], sentenceInitial: false };
      v =
        nameSupport(one, zhAll, articleVocab, dict, glossary, stop, undefined, undefined, prepared).missing
          .length === 0;
      inArticleMemo.set(w, v);
    }
    return v;
  };
  rows.forEach((row, r) => {
    if (!row.zh.trim() || !row.en.trim()) return;
    const context = [rows[r - 1]?.zh ?? '', row.zh, rows[r + 1]?.zh ?? ''].join('\n');
    let vocab: Vocabulary | null = null;
    let runs: { table: string[]; all: string[] } | null = null;
    const titleCase = isTitleCase(row.en);
    for (const found of namePhrases(row.en)) {
      // in a title-case line ("Floods Still Underway in Bac Giang") capitals say nothing
      // about ordinary English words: only the others can be names
      const p = titleCase
        ? { ...found, words: found.words.filter((w) => !english.isWord(w.toLowerCase())) }
        : found;
      if (p.words.length === 0) continue;
      // a capital at the start of a sentence says nothing, unless the word spells a Chinese name
      if (p.sentenceInitial && p.words.length === 1 && !looksLikePinyin(p.words[0], dict)) continue;
      // titles of events and works in quotes are rendered freely
      if (insideQuotes(row.en, p.start)) continue;
      // CPC, "the FAA", Ecns.cn: acronyms are often added by the translator; "Title",
      // "Correspondents", "Local": one ordinary English word is no name
      if (isOrdinaryName(p, ctx, dict)) continue;
      vocab ??= union([vocabOf(r - 1), vocabOf(r), vocabOf(r + 1)]);
      runs ??= nameRuns(context, segment(dict, context), {
        translit: ctx.lexicons.transliteration,
        functionWords: ctx.lexicons.zhFunctionWords,
      });
      const sounds = (w: string) =>
        soundsLike(w, (looksLikePinyin(w, dict) ? runs?.table : runs?.all) ?? [], dict);
      const s = nameSupport(p, context, vocab, dict, glossary, stop, english.related, sounds);
      if (s.total === 0) continue;
      const pinyinMiss = chineseNameMissing(s.missing, dict);
      const wholly = partsOf(p).some((part) => {
        const ps = nameSupport(part, context, vocab as Vocabulary, dict, glossary, stop, undefined, sounds);
        return ps.total >= 3 && ps.supported / ps.total < 0.4;
      });
      const bodyMiss = institutionUnexplained(p, s, ctx);
      const bodyV = s.missing.length > 0 && bodyUnexplained(p, s, ctx, inArticle) !== null;
      if (s.supported / s.total >= 0.5 && !pinyinMiss && !wholly && !bodyMiss && !bodyV) {
        supportedSomewhere.add(p.text.toLowerCase());
        continue;
      }
      candidates.push({ r, p, s, pinyinMiss, wholly, bodyMiss, bodyV });
    }
  });
  // a Chinese person in pinyin that the row's context does not explain, while its Chinese has
  // another of the article's people whose name its English lacks: two people swapped
  const people = articleNames(rows, (q) => looksLikeChinesePerson(q.words, dict));
  const misplaced = (p: NamePhrase, zh: string, en: string, pinyinMiss: boolean): boolean =>
    pinyinMiss &&
    looksLikeChinesePerson(p.words, dict) &&
    people.some(
      (q) => q.text !== p.text && !en.includes(q.text) && q.words.every((w) => pinyinMatches(w, zh, dict)),
    );
  const out: Finding[] = [];
  for (const { r, p, s, pinyinMiss, wholly: partly, bodyMiss, bodyV } of candidates) {
    const row = rows[r];
    // a name another row renders with support is the article's established rendering, unless
    // it is one of the article's people put where the Chinese names someone else
    if (supportedSomewhere.has(p.text.toLowerCase()) && !misplaced(p, row.zh, row.en, pinyinMiss)) continue;
    const expected = expectedNames(row, dict);
    const wholly =
      (partly || (s.total >= 3 && s.supported / s.total < 0.4)) &&
      !hasTransliteration(row.zh, ctx.lexicons.transliteration);
    const unsupported = s.supported / s.total < 0.5;
    // a pinyin word beside a name the Chinese does account for may be a foreign name read
    // as pinyin (Shuji Nakamura ← 中村修二): then it needs an unrendered source name too
    // a Chinese personal name whose given name the Chinese does not contain
    const person =
      pinyinMiss && looksLikeChinesePerson(p.words, dict) && s.missing.includes(p.words[p.words.length - 1]);
    const swapped = pinyinMiss && (s.supported === 0 || expected.length > 0 || person);
    const body = (bodyMiss || bodyV) && !hasTransliteration(row.zh, ctx.lexicons.transliteration);
    if (!swapped && !(unsupported && expected.length > 0) && !wholly && !body) continue;
    // every unexplained word is in the article's Chinese elsewhere: perhaps rendered from a
    // neighbouring sentence or spelled out; perhaps two of the article's names swapped
    const unsure = s.missing.length > 0 && s.missing.every(inArticle);
    out.push(
      finding({
        type: 'entity',
        category: 'accuracy/mistranslation',
        severity: unsure ? 'minor' : 'major',
        zh: at(r),
        en: at(r, p.start, p.end),
        evidence: {
          zh: expected[0] ?? (row.zh.length > 60 ? `${row.zh.slice(0, 60)}…` : row.zh),
          en: p.text,
        },
        message: {
          en: `The name "${p.text}" has no counterpart in the Chinese of this passage.`,
          zh: `英文中的名称“${p.text}”在对应的中文里找不到出处。`,
        },
        suggestion: expected[0],
      }),
    );
  }
  // names swapped for another the row's own Chinese does not have, judged row by row
  const flagged = new Set(out.map((f) => f.en?.row ?? -1));
  out.push(...swapFindings(rows, ctx, flagged));
  return out;
}
