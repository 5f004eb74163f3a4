import { stemEnglish } from '../text/stem-en';
import { contentStems } from '../text/tokens-en';
import { pinyinAsName } from './pinyin';

// Words that describe a gloss rather than translate the headword.
const META = new Set(
  (
    'surname abbr lit fig sb sth classifier particle variant old archaic ancient erroneous japanese ' +
    'korean bound form literary colloquial dialect slang polite honorific derog euph onom pr tw usu ' +
    'esp mainland taiwan see also'
  )
    .split(' ')
    .map(stemEnglish),
);

/** Content stems of one gloss: cross-references, parentheses and meta words removed. */
export function stemsOfGloss(gloss: string): string[] {
  if (/^(CL:|see |see also |also written |also pr\.|variant of |old variant of )/i.test(gloss)) return [];
  const plain = gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\u3400-\u9fff\uf900-\ufaff|]+\[[^\]]*\]/g, ' ')
    .replace(/[\u3400-\u9fff\uf900-\ufaff]+/g, ' ');
  return contentStems(plain).filter((s) => !META.has(s));
}

// Long glosses are usage notes ("used after a verb to…"), not translations.
const MAX_GLOSS_STEMS = 4;

/** Gloss head of a name entry: "surname Chen" → "Chen", "Beijing municipality, capital…" → "Beijing municipality". */
export function nameHead(gloss: string): string {
  return gloss
    .replace(/^(surname|abbr\. for|old name for|short for)\s+/i, '')
    .replace(/\s*[(,;].*$/, '')
    .trim();
}

/**
 * The English stems one CC-CEDICT entry offers for matching. A name (capitalised pinyin)
 * offers its spelling and short gloss heads, since its gloss explains who it is rather than
 * translating it; other entries offer the stems of their short glosses.
 */
export function entryStems(pinyin: string, glosses: readonly string[]): string[] {
  const set = new Set<string>();
  if (/^[A-Z]/.test(pinyin)) {
    const spelled = pinyinAsName(pinyin).toLowerCase();
    if (spelled) set.add(spelled);
    for (const gloss of glosses) {
      const head = stemsOfGloss(nameHead(gloss));
      if (head.length <= 2) for (const s of head) set.add(s);
    }
  } else {
    for (const gloss of glosses) {
      const stems = stemsOfGloss(gloss);
      if (stems.length <= MAX_GLOSS_STEMS) for (const s of stems) set.add(s);
    }
  }
  return [...set];
}
