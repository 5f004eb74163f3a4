// Entity swaps judged row by row: a name in the English that its own row's Chinese does not
// account for at all, while that Chinese names someone or somewhere the English leaves out.
// The wider check (entity.ts) reads names against the row and its neighbours, which lets a
// place or person of the neighbouring sentence pass for the one the row names; here the
// missing Chinese name is the evidence, so the row alone is asked.

import type { Lexicon } from '../lexicon/types';
import { escapeRegExp } from '../text/regex';
import type { CheckContext } from './context';
import { PinyinTargets, pinyinMatches, segment } from './coverage';
import { at, finding } from './finding';
import { nameRuns, soundsLike } from './name-sounds';
import { NameTokenIndex, wordFromToken } from './name-token-index';
import {
  insideQuotes,
  isOrdinaryName,
  isTitleCase,
  looksLikeChinesePerson,
  looksLikePinyin,
  type NamePhrase,
  namePhrases,
  nameSupport,
  nameVocabulary,
  skeleton,
} from './names';
import type { CheckRow, Finding } from './types';

/** Is some capitalised English word a pinyin spelling of part of `zh`? */
function pinyinMatchesAny(zh: string, en: string, dict: Lexicon): boolean {
  return (en.match(/[A-Z][a-z]+/g) ?? []).some((w) => w.length >= 2 && pinyinMatches(w, zh, dict));
}

/** Dictionary proper nouns of the Chinese whose English names the English lacks: "南非 (South Africa)". */
export function expectedNames(row: CheckRow, dict: Lexicon, translit?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const en = row.en.toLowerCase();
  for (const t of segment(dict, row.zh)) {
    // 大学 is also the title of a classic: a word with a common reading is no name to expect
    if (t.text.length < 2 || !dict.lookup(t.text).every((e) => e.properNoun)) continue;
    // 普拉 inside 普拉博沃 (Prabowo): a piece of a longer transliterated name is no name itself
    if (
      translit &&
      [...t.text].every((c) => translit.has(c)) &&
      (translit.has(row.zh[t.start - 1] ?? '') || translit.has(row.zh[t.end] ?? ''))
    )
      continue;
    const names = dict.englishNames(t.text);
    const initials = names.map((n) =>
      n
        .split(/\s+/)
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    );
    const enSkeletons = new Set((row.en.match(/[A-Z][a-z]{3,}/g) ?? []).map(skeleton));
    const rendered =
      names.some((n) =>
        n
          .split(/[\s-]+/)
          .some((w) => w.length >= 4 && (en.includes(w.toLowerCase()) || enSkeletons.has(skeleton(w)))),
      ) ||
      initials.some((i) => i.length >= 2 && new RegExp(`\\b${escapeRegExp(i)}\\b`).test(en)) ||
      pinyinMatchesAny(t.text, row.en, dict);
    if (names.length && !rendered) out.push(`${t.text} (${names[0]})`);
  }
  return out;
}

/**
 * Names of the row worth asking about: not quoted titles, not acronyms. A lone capital at the
 * start of a sentence is a name when the article also writes it capitalised mid-sentence, or
 * never writes it in lower case, has no English word ending ("Qatar reported…", not
 * "Meanwhile", "Following" or "Countless") and heads no prepositional phrase: "Message from Xinhua",
 * "Report of the committee" are common nouns. A word the row's Chinese glosses is explained
 * below anyway.
 */
function candidates(en: string, article: ArticleWords, ctx: CheckContext, dict: Lexicon): NamePhrase[] {
  const stop = ctx.lexicons.enStopwords;
  const lone = (w: string) =>
    article.midSentence.has(w) ||
    (w.length >= 4 &&
      !stop.has(w.toLowerCase()) &&
      !article.lower.has(w.toLowerCase()) &&
      !/(?:ly|ing|ed|tion|sion|ment|ness|ity|ies|ers|est|less|ful|ous|ive|able|ible|ward|wise|ever|self|selves)$/.test(
        w,
      ));
  // in a title-case line capitals say nothing about ordinary English words
  const title = isTitleCase(en);
  const phrases = namePhrases(en).map((p) =>
    title ? { ...p, words: p.words.filter((w) => !ctx.lexicons.english.isWord(w.toLowerCase())) } : p,
  );
  return phrases.filter(
    (p) =>
      p.words.length > 0 &&
      !insideQuotes(en, p.start) &&
      !isOrdinaryName(p, ctx, dict) &&
      (!p.sentenceInitial || p.words.length > 1 || (lone(p.words[0]) && !HEADS_PHRASE.test(en.slice(p.end)))),
  );
}

const HEADS_PHRASE = /^\s+(?:from|of|by|for|to|about|with|on|in|at)\b/;

interface ArticleWords {
  /** Words the article capitalises inside a sentence. */
  midSentence: Set<string>;
  /** Words it writes in lower case. */
  lower: Set<string>;
}

function articleWords(rows: CheckRow[]): ArticleWords {
  const midSentence = new Set<string>();
  const lower = new Set<string>();
  for (const row of rows) {
    for (const p of namePhrases(row.en)) if (!p.sentenceInitial) for (const w of p.words) midSentence.add(w);
    for (const m of row.en.matchAll(/\b[a-z][a-z'-]+\b/g)) lower.add(m[0]);
  }
  return { midSentence, lower };
}

const CLAUSE = /^[，。；！？、：（）“”]$/;

/**
 * Does one stretch of the Chinese, within a clause, account for every content word of an
 * English name? Gloss words scattered over a paragraph do not make a name's source.
 */
function contiguousSource(words: string[], zh: string, dict: Lexicon, ctx: CheckContext): boolean {
  const stop = ctx.lexicons.enStopwords;
  const content = words.filter((w) => !stop.has(w.toLowerCase()));
  const tokens = segment(dict, zh);
  const supports = tokens.map((t) =>
    CLAUSE.test(t.text) || t.kind === 'punct'
      ? []
      : content.filter((w) => wordFromToken(w, t.text, dict, ctx)),
  );
  const span = content.length * 2 + 1;
  for (let i = 0; i < tokens.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < Math.min(tokens.length, i + span) && !CLAUSE.test(tokens[j].text); j++) {
      for (const w of supports[j]) seen.add(w);
      if (seen.size === content.length) return true;
    }
  }
  return false;
}

/** Rows whose entity findings the wider check already made are left to it. */
export function swapFindings(rows: CheckRow[], ctx: CheckContext, flagged: ReadonlySet<number>): Finding[] {
  const dict = ctx.dictionary;
  if (!dict) return [];
  const stop = ctx.lexicons.enStopwords;
  const words = articleWords(rows);
  // the article's Chinese people as its English spells them (pinyin of two or three syllables)
  const people = new Set<string>();
  for (const row of rows)
    for (const p of namePhrases(row.en)) if (looksLikeChinesePerson(p.words, dict)) people.add(p.text);
  // the article's bodies and other names of three words or more, each with the row it is in
  const bodies: { text: string; words: string[]; r: number }[] = [];
  // (mid-sentence only: a capital at the start of a line may be an ordinary word)
  rows.forEach((row, r) => {
    for (const p of namePhrases(row.en))
      if (p.words.filter((w) => !stop.has(w.toLowerCase())).length >= 3 && !p.sentenceInitial)
        bodies.push({ text: p.text, words: p.words, r });
  });
  // indexes over the article's people and bodies, so a row is not asked about each of them
  const peopleList = [...people];
  const peopleWords = new PinyinTargets(
    peopleList.flatMap((q) => q.split(/\s+/)),
    dict,
  );
  const bodyWords = new NameTokenIndex(
    bodies.flatMap((q) => q.words.filter((w) => !stop.has(w.toLowerCase()))),
    dict,
    ctx,
  );
  const bodiesWith = new Map<string, number[]>();
  const distinctWords = bodies.map((q) => new Set(q.words.filter((x) => !stop.has(x.toLowerCase()))));
  distinctWords.forEach((ws, k) => {
    for (const w of ws) {
      const list = bodiesWith.get(w);
      if (list) list.push(k);
      else bodiesWith.set(w, [k]);
    }
  });
  /** Bodies each of whose words some token of `zh` accounts for, in article order. */
  const bodiesIn = (zh: string) => {
    const supported = new Set<string>();
    for (const t of segment(dict, zh))
      if (!CLAUSE.test(t.text) && t.kind !== 'punct')
        for (const w of bodyWords.supportedBy(t.text)) supported.add(w);
    const hits = new Map<number, number>();
    for (const w of supported) for (const k of bodiesWith.get(w) ?? []) hits.set(k, (hits.get(k) ?? 0) + 1);
    return [...hits]
      .filter(([k, n]) => n === distinctWords[k].size)
      .map(([k]) => k)
      .sort((a, b) => a - b)
      .map((k) => bodies[k]);
  };
  const out: Finding[] = [];
  rows.forEach((row, r) => {
    if (row.kind === 'headline' || flagged.has(r) || !row.zh.trim() || !row.en.trim()) return;
    const names = candidates(row.en, words, ctx, dict);
    if (names.length === 0) return;
    const vocab = nameVocabulary(row.zh, dict, ctx);
    // one of the article's people named by this row's Chinese but absent from its English
    let spelled: Set<string> | null = null;
    const absentPerson = () => {
      spelled ??= peopleWords.in(row.zh);
      const inRow = spelled;
      return peopleList.find(
        (q) =>
          !row.en.includes(q) && q.split(/\s+/).every((w) => inRow.has(w) && pinyinMatches(w, row.zh, dict)),
      );
    };
    // one of the article's bodies that a contiguous piece of this row's Chinese accounts for
    // wholly, while most of its words are absent from the row's English (asked only when needed)
    const enWords = new Set(row.en.toLowerCase().match(/[a-z]+/g) ?? []);
    const absentBody = () =>
      /[\u3400-\u9fff][·•・][\u3400-\u9fff]/.test(row.zh)
        ? undefined
        : bodiesIn(row.zh).find(
            (q) =>
              q.r !== r &&
              q.words.filter((w) => enWords.has(w.toLowerCase())).length * 2 < q.words.length &&
              contiguousSource(q.words, row.zh, dict, ctx),
          );
    let runs: ReturnType<typeof nameRuns> | null = null;
    const sounds = (w: string) => {
      runs ??= nameRuns(row.zh, segment(dict, row.zh), {
        translit: ctx.lexicons.transliteration,
        functionWords: ctx.lexicons.zhFunctionWords,
      });
      return soundsLike(w, looksLikePinyin(w, dict) ? runs.table : runs.all, dict);
    };
    for (const p of names) {
      const s = nameSupport(p, row.zh, vocab, dict, [], stop, ctx.lexicons.english.related, sounds);
      if (s.total === 0) continue;
      const person = looksLikeChinesePerson(p.words, dict);
      // a body of several words put where the Chinese names another: most of its words, and at
      // least two, unexplained by the row's own Chinese
      const swappedBody =
        s.total >= 3 && s.missing.length >= 2 && s.missing.length * 2 >= s.total ? absentBody() : undefined;
      // otherwise partly explained names (a body's kind word, a title) are the wider check's to judge
      if (s.supported > 0 && !swappedBody) continue;
      // a name of several words the row's Chinese explains not at all, standing where that
      // Chinese names one of the article's people, is in that person's place whatever it names
      const displaced = (person || (p.words.length >= 2 && s.supported === 0)) && absentPerson();
      const instead = displaced
        ? displaced
        : swappedBody
          ? swappedBody.text
          : expectedNames(row, dict, ctx.lexicons.transliteration)[0];
      if (!instead) continue;
      out.push(
        finding({
          type: 'entity',
          category: 'accuracy/mistranslation',
          severity: 'major',
          zh: at(r),
          en: at(r, p.start, p.end),
          evidence: { zh: instead, en: p.text },
          message: {
            en: `The English names "${p.text}" where the Chinese names ${instead}.`,
            zh: `英文写的是“${p.text}”，而中文说的是${instead}。`,
          },
          suggestion: instead,
        }),
      );
      return;
    }
  });
  return out;
}
