import chromeJson from '../../../../data/lexicons/chrome.json';

/**
 * The chrome vocabulary (data/lexicons/chrome.json) compiled once into the regular
 * expressions the importers use. Words live in the JSON so an editor can add a forum's
 * UI text without touching code; imported as a JSON module so the engine needs no fs.
 */
export interface ChromeLexicon {
  /** Matches any chrome phrase; Latin phrases only on word boundaries. */
  phrase: RegExp;
  /** First characters (lower-cased) of the phrases: a cheap pre-test for `phrase`. */
  phraseStarts: Set<string>;
  /** The phrases themselves, lower-cased, for whole-word lookups. */
  uiWords: Set<string>;
  /** Matches a line that starts with a chrome prefix. */
  prefix: RegExp;
  /** Matches counter labels ("阅读", "replies"). */
  counterWord: RegExp;
  endMarkers: Set<string>;
  boardTags: Set<string>;
  /** Newspaper section names ("World", "国际"), lower-cased. */
  sectionLabels: Set<string>;
  /** Matches a short line that names a site: "Hekou Daily", "河口日报". */
  siteName: { en: RegExp; zh: RegExp };
  /** Matches a caption credit at the end of a paragraph: "(AFP)", "（新华社记者 张三 摄）". */
  captionCredit: RegExp;
  bylinePrefix: { en: RegExp; zh: RegExp };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

/** Longest first, so "快速回复" is consumed before "回复". */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (isLatin(w) ? `(?<![A-Za-z])${escapeRe(w).replace(/ /g, '\\s+')}(?![A-Za-z])` : escapeRe(w)))
    .join('|');
}

let cached: ChromeLexicon | undefined;

export function chromeLexicon(): ChromeLexicon {
  if (cached) return cached;
  const d = chromeJson;
  const norm = (s: string): string => s.toLowerCase();
  cached = {
    phrase: new RegExp(alternation(d.phrases), 'giu'),
    phraseStarts: new Set(d.phrases.map((w) => w[0].toLowerCase())),
    uiWords: new Set(d.phrases.map(norm)),
    prefix: new RegExp(`^(?:${alternation(d.prefixes)})`, 'iu'),
    counterWord: new RegExp(alternation(d.counterWords), 'giu'),
    endMarkers: new Set(d.endMarkers.map(norm)),
    boardTags: new Set(d.boardTags),
    sectionLabels: new Set(d.sectionLabels.map(norm)),
    siteName: {
      en: new RegExp(`^(?:\\p{Lu}[\\p{L}'.&-]*\\s+){0,3}(?:${alternation(d.siteSuffixes.en)})$`, 'u'),
      zh: new RegExp(`^\\p{Script=Han}{1,8}(?:${alternation(d.siteSuffixes.zh)})$`, 'u'),
    },
    captionCredit: new RegExp(
      `[(（](?:[^()（）]{0,60}?[\\s:：/,，、|])?(?:${alternation(d.captionCredits)})(?:[\\s:：/,，、][^()（）]{0,60})?[)）]\\s*$`,
      'iu',
    ),
    bylinePrefix: {
      en: new RegExp(`^(?:${alternation(d.bylinePrefixes.en)})\\s*\\p{Lu}`, 'u'),
      zh: new RegExp(`^(?:${alternation(d.bylinePrefixes.zh)})`, 'u'),
    },
  };
  return cached;
}
