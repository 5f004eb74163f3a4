// The edit forms of `bench:checks:perturb`: linguistically varied, seeded edits to the English
// of clean articles. Written from how translators and editors go wrong, not from what the
// checks look for: do not tune these to the checks, nor the checks to these.

export interface Article {
  name: string;
  zh: string[];
  en: string[];
}

/** Sentences and names from the whole corpus, for swaps and insertions from other articles. */
export interface Corpus {
  sentences: { article: string; text: string }[];
  names: { article: string; kind: 'person' | 'place' | 'org'; text: string }[];
}

export interface Edited {
  en: string[];
  /** Where the error is: the zh paragraph for omissions, the en paragraph otherwise. */
  zhPara: number;
  enPara: number;
  /** en paragraphs of the edited text that were changed or inserted. */
  touched: number[];
  /** Clean en paragraph index for each edited en paragraph (-1 for an inserted one). */
  enMap: number[];
  desc: string;
  /** The Chinese, when the edit changed its paragraphing too (see mergedPair). */
  zh?: string[];
  /** The clean English in that paragraphing, for the baseline of findings away from the edit. */
  baseEn?: string[];
}

/**
 * The dev articles have one sentence per line; articles elsewhere have paragraphs of several.
 * Joins paragraph `para` with the next on both sides, so a sentence can go missing inside one.
 */
export function mergedPair(a: Article, para: number): Article | null {
  if (para < 1 || para + 1 >= a.en.length) return null;
  const join = (xs: string[], sep: string) => [
    ...xs.slice(0, para),
    xs[para] + sep + xs[para + 1],
    ...xs.slice(para + 2),
  ];
  return { name: a.name, zh: join(a.zh, ''), en: join(a.en, ' ') };
}

export type Rng = () => number;

export interface EditForm {
  form: string;
  group: string;
  /** Finding types that name this error; the first is the dev scorer's type. */
  expect: string[];
  /** Every place the edit could be made; the runner picks some with the seeded generator. */
  sites(a: Article, c: Corpus): Site[];
}

export interface Site {
  para: number;
  apply(a: Article, c: Corpus, rng: Rng): Edited | null;
}

/** mulberry32: small, seedable, good enough for picking sites. */
export function rngFrom(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export const pick = <T>(xs: readonly T[], rng: Rng): T => xs[Math.floor(rng() * xs.length)];

/** English sentences of a paragraph (a title's full stop does not end one). */
export function enSentences(p: string): string[] {
  return p
    .split(
      /(?<=(?<!\b(?:Mr|Ms|Mrs|Dr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N))[.!?]["”’]?)\s+(?=["“]?[A-Z0-9])/,
    )
    .filter((s) => s.trim());
}

export function zhSentences(p: string): string[] {
  return p.match(/[^。！？]+[。！？]?[”’」』]?/g) ?? [];
}

/** Replaces one regex match in paragraph `para` of the English. */
export function replaceIn(
  a: Article,
  para: number,
  start: number,
  end: number,
  by: string,
  desc: string,
): Edited {
  const en = [...a.en];
  const p = en[para];
  en[para] = p.slice(0, start) + by + p.slice(end);
  return { en, zhPara: para, enPara: para, touched: [para], enMap: en.map((_, i) => i), desc };
}

/** Sites for every match of `re` in every paragraph (body only unless `headline`). */
export function matchSites(
  a: Article,
  re: RegExp,
  make: (m: RegExpMatchArray, para: number, rng: Rng) => { by: string; desc?: string } | null,
  opts: { headline?: boolean; body?: boolean; zhNeeds?: RegExp } = {},
): Site[] {
  const out: Site[] = [];
  a.en.forEach((p, para) => {
    if (para === 0 && !opts.headline) return;
    if (para > 0 && opts.body === false) return;
    if (opts.zhNeeds && !opts.zhNeeds.test(a.zh[para] ?? '')) return;
    for (const m of p.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      const idx = m.index ?? 0;
      out.push({
        para,
        apply: (art, _c, rng) => {
          const r = make(m, para, rng);
          if (!r || r.by === m[0]) return null;
          return replaceIn(art, para, idx, idx + m[0].length, r.by, r.desc ?? `"${m[0]}" → "${r.by}"`);
        },
      });
    }
  });
  return out;
}

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
export const NUMBER_WORDS = WORDS;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Base form of a regular past-tense verb, or null when unsure. */
export function lemma(past: string): string | null {
  const w = past.toLowerCase();
  if (!w.endsWith('ed') || w.length < 5) return null;
  if (/ied$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/([bdgmnpt])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(ss|sh|ch|ck|nt|rt|st|ld|nd|rn|rm|wn|ll|ow|ay|ey|er|en|ain|ea|lp|rk|lk|sk|pt|ct)ed$/.test(w))
    return w.slice(0, -2);
  if (/[csvgzu]ed$/.test(w)) return w.slice(0, -1);
  return null;
}

// Words that name a body; the corpus name classifier uses them (generator-side, on purpose
// not the engine's lexicon).
export const BODY_WORDS =
  /\b(Ministry|Bureau|Commission|Committee|Council|Department|Office|University|College|School|Company|Corporation|Group|Association|Agency|Administration|Bank|Party|Court|Institute|Academy|Government|Federation|Union|Organization|Organisation|Center|Centre|Hospital|Army|Police|Congress|Assembly|Authority|Station|Agency|Xinhua)\b/;
const TITLES =
  /(?:President|Premier|Minister|Mr\.|Ms\.|Mrs\.|Dr\.|Chairman|Secretary|spokesman|spokeswoman|spokesperson|Director|director|Professor|professor|Governor|Mayor|mayor|leader|Chancellor|General|Ambassador|ambassador|chief|Chief)\s+$/;
const NAME = /(?<![A-Za-z])[A-Z][a-z’'-]+(?:\s+(?:of|the|and|for)?\s*[A-Z][a-z’'-]+)*/g;
const NOT_NAMES =
  /^(The|This|That|These|Those|It|In|On|At|As|But|And|For|According|However|He|She|They|We|Its|His|Her|Their|Our|After|Before|Since|When|While|With|From|By|If|To|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|China|Chinese|Beijing)\b/;

// a Chinese personal name in pinyin: one or two syllables a word
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|a|e|i|o|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE}){1,2}$`);
// capitalised words that follow "in" or "to" without being places
const NOT_PLACES =
  /^(Party|Physics|Chemistry|Medicine|Economics|Literature|Ms|Mr|Omicron|Delta|Internet|English|Chinese|Covid|COVID)\b/;

/** Names of people, places and bodies in the clean English, classified from their context. */
export function corpusNames(articles: Article[]): Corpus['names'] {
  const out: Corpus['names'] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    for (const p of a.en.slice(1)) {
      for (const m of p.matchAll(NAME)) {
        const text = m[0].trim();
        const before = p.slice(Math.max(0, (m.index ?? 0) - 25), m.index);
        const after = p.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
        if (/[.!?]["”]?\s*$/.test(before) || before.trim() === '') continue; // sentence-initial
        let kind: 'person' | 'place' | 'org' | null = null;
        const words = text.split(/\s+/);
        if (
          BODY_WORDS.test(text) &&
          words.length >= 2 &&
          !/^(Director|Deputy|Minister|Doctor|Secretary)\b/.test(text)
        )
          kind = 'org';
        else if (
          !NOT_NAMES.test(text) &&
          words.length >= 2 &&
          words.length <= 3 &&
          (TITLES.test(before) ||
            /^,? (said|says|told)\b/.test(after) ||
            words.every((w) => PINYIN_WORD.test(w.toLowerCase())))
        )
          kind = 'person';
        else if (
          !NOT_NAMES.test(text) &&
          !NOT_PLACES.test(text) &&
          /\b(in|at|from|to)\s+$/.test(before) &&
          words.length <= 2 &&
          !/(an|ese|ish)$/.test(text)
        )
          kind = 'place';
        if (!kind || seen.has(`${a.name}|${text}`)) continue;
        seen.add(`${a.name}|${text}`);
        out.push({ article: a.name, kind, text });
      }
    }
  }
  return out;
}
