import { stemEnglish } from '../text/stem-en';
import { contentStems } from '../text/tokens-en';

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
