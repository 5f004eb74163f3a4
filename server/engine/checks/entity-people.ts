// A person of the same kind named instead of the Chinese one: 国务院总理李强 rendered "Premier
// Xi Jinping", 美国总统拜登 as "US President Trump". The title is rendered, so the name phrase
// is partly explained and the wider checks (entity.ts, entity-swaps.ts) leave it alone; here
// the rest of the phrase must be the person the row's Chinese names, and when that person's
// name is nowhere in the English while the phrase's own name words are nowhere in the Chinese,
// the English names someone else.
import type { Lexicon } from '../lexicon/types';
import type { CheckContext } from './context';
import { pinyinMatches, segment } from './coverage';
import { at, finding } from './finding';
import { soundsLike, transliteratedRuns } from './name-sounds';
import {
  insideQuotes,
  looksLikeChinesePerson,
  namePhrases,
  nameSupport,
  nameVocabulary,
  skeleton,
} from './names';
import type { CheckInput, Finding } from './types';

// Titles that stand before a person's name: facts of English usage, not of any article
const EN_TITLES = new Set(
  'president vice premier prime minister chancellor secretary mr mrs ms dr senator governor mayor king queen prince princess pope spokesman spokeswoman spokesperson ambassador chairman chairwoman chair envoy commissioner speaker general admiral judge justice professor prof director ceo'.split(
    ' ',
  ),
);

// Chinese titles written right after the office and right before the name (总理李强, 外长王毅)
const ZH_TITLE =
  /(?:总理|总统|主席|首相|部长|外长|市长|省长|州长|书记|发言人|大使|议长|秘书长|国务卿|总干事|总裁|董事长|主任|特使|司令|教授|博士|先生|女士|代表)(?=[\u4e00-\u9fff])/g;

// A CC-CEDICT gloss of a person: life dates, "born", or an occupation of public figures
const PERSON_GLOSS =
  /\(\s*(?:b\.\s*)?\d{3,4}\s*[-–]|\bborn\b|\b(?:president|prime minister|premier|chancellor|politician|statesman|leader|emperor|king|queen|general|minister|secretary-general|actor|actress|singer|writer|poet|philosopher|scientist|footballer|player|painter|composer|businessman|entrepreneur)\b/i;

interface ZhPerson {
  text: string;
  start: number;
  end: number;
}

function isPersonEntry(word: string, dict: Lexicon): boolean {
  return dict.lookup(word).some((e) => e.properNoun && e.glosses.some((g) => PERSON_GLOSS.test(g)));
}

/** Can a surname start a name here: CC-CEDICT glosses the character as a surname. */
function isSurname(ch: string, dict: Lexicon): boolean {
  return dict.lookup(ch).some((e) => e.glosses.some((g) => /^surname\b/i.test(g)));
}

/** People the row's Chinese names: dictionary people, and a surname and given name after a title. */
export function zhPeople(
  zh: string,
  dict: Lexicon,
  functionWords: ReadonlySet<string>,
  translit: ReadonlySet<string>,
): ZhPerson[] {
  const out: ZhPerson[] = [];
  for (const t of segment(dict, zh))
    if (t.text.length >= 2 && isPersonEntry(t.text, dict))
      out.push({ text: t.text, start: t.start, end: t.end });
  for (const m of zh.matchAll(ZH_TITLE)) {
    const s = m.index + m[0].length;
    if (out.some((p) => p.start === s) || !isSurname(zh[s], dict)) continue;
    // a given name of two characters, unless the third is a function word or starts a word
    const third = zh[s + 2] ?? '';
    const len =
      /[\u4e00-\u9fff]/.test(third) && !functionWords.has(third) && !wordAt(zh, s + 2, dict) ? 3 : 2;
    const text = zh.slice(s, s + len);
    if (!/^[\u4e00-\u9fff]+$/.test(text) || (dict.has(text) && !dict.isProperNoun(text))) continue;
    // 国防部长甘茨: a foreign name the dictionary lacks, whose spelling only sounds can judge
    if ([...text.slice(1)].every((ch) => translit.has(ch))) continue;
    out.push({ text, start: s, end: s + len });
  }
  return out;
}

/** Does an ordinary two-character word start at `i` (表示, 在会, …)? */
function wordAt(zh: string, i: number, dict: Lexicon): boolean {
  const two = zh.slice(i, i + 2);
  return two.length === 2 && dict.has(two) && !dict.isProperNoun(two);
}

/** Is the Chinese person spelled in the English: a dictionary name, or the surname's pinyin? */
function rendered(p: ZhPerson, en: string, dict: Lexicon): boolean {
  const lower = en.toLowerCase();
  const names = dict.englishNames(p.text);
  const enSkeletons = new Set((en.match(/[A-Z][a-z]{3,}/g) ?? []).map(skeleton));
  if (
    names.some((n) =>
      n
        .split(/[\s-]+/)
        .some((w) => w.length >= 3 && (lower.includes(w.toLowerCase()) || enSkeletons.has(skeleton(w)))),
    )
  )
    return true;
  return (en.match(/[A-Z][a-z]+/g) ?? []).some(
    (w) => pinyinMatches(w, p.text, dict) || soundsLike(w, [p.text], dict),
  );
}

export function checkEntityPeople(input: CheckInput, ctx: CheckContext): Finding[] {
  const dict = ctx.dictionary;
  if (!dict) return [];
  const stop = ctx.lexicons.enStopwords;
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    if (row.kind === 'headline' || !row.zh.trim() || !row.en.trim()) return;
    const people = zhPeople(row.zh, dict, ctx.lexicons.zhFunctionWords, ctx.lexicons.transliteration).filter(
      (p) => !rendered(p, row.en, dict),
    );
    if (people.length === 0) return;
    const vocab = nameVocabulary(row.zh, dict, ctx);
    const runs = transliteratedRuns(row.zh, ctx.lexicons.transliteration);
    const sounds = (w: string) => soundsLike(w, runs, dict);
    for (const p of namePhrases(row.en)) {
      if (insideQuotes(row.en, p.start)) continue;
      const s = nameSupport(p, row.zh, vocab, dict, [], stop, ctx.lexicons.english.related, sounds);
      if (s.missing.length === 0 || s.supported === 0) continue;
      // the unexplained words are the name after a rendered title ("US President | Trump"), or
      // a Chinese person's name in pinyin ("Premier | Xi Jinping")
      const words = p.words.filter((w) => !stop.has(w.toLowerCase()));
      const firstMissing = words.indexOf(s.missing[0]);
      const titled = words.slice(0, firstMissing).some((w) => EN_TITLES.has(w.toLowerCase()));
      const tail = words.slice(firstMissing);
      const nameOnly = tail.length === s.missing.length && tail.length <= 3;
      if (!nameOnly || !(titled || looksLikeChinesePerson(s.missing, dict))) continue;
      const instead = people[0];
      const shown = s.missing.join(' ');
      const start = row.en.indexOf(s.missing[0], p.start);
      out.push(
        finding({
          type: 'entity',
          category: 'accuracy/mistranslation',
          severity: 'major',
          zh: at(r, instead.start, instead.end),
          en: at(r, start >= 0 ? start : p.start, p.end),
          evidence: { zh: instead.text, en: shown },
          message: {
            en: `The English names "${shown}" where the Chinese names ${instead.text}, a different person.`,
            zh: `英文写的是“${shown}”，而中文说的是另一个人：${instead.text}。`,
          },
          suggestion: dict.englishNames(instead.text)[1] ?? dict.englishNames(instead.text)[0],
          confidence: 0.65,
        }),
      );
      return;
    }
  });
  return out;
}
