import { stemEnglish } from './stem-en';

export interface EnglishToken {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number';
}

const TOKEN = /[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*/g;

/** Words and numbers of an English text, with offsets; punctuation is skipped. */
export function tokenizeEnglish(text: string): EnglishToken[] {
  const out: EnglishToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, kind: /^[0-9]/.test(m[0]) ? 'number' : 'word' });
  }
  return out;
}

// Function words carry no translation evidence: every sentence has them.
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at by for from with into onto upon about as and or but nor so if than then ' +
    'that this these those there here it its itself is am are was were be been being do does did done ' +
    'has have had having will would shall should can could may might must i me my mine myself you your ' +
    'yours yourself he him his himself she her hers herself we us our ours ourselves they them their ' +
    'theirs themselves who whom whose which what when where why how not no yes all any some such very ' +
    'just also too only own same other s t d ll m re ve o up down out off over under again further ' +
    'once each few more most both either neither one ones something someone thing things sth sb oneself ' +
    'etc used particle indicate indicating expressing kind also even still yet'
  ).split(' '),
);

/** Stems of the content words of an English text (stop words dropped, numbers kept as digits). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenizeEnglish(text)) {
    if (t.kind === 'number') out.push(t.text.replace(/,/g, ''));
    else {
      const lower = t.text.toLowerCase();
      if (ENGLISH_STOPWORDS.has(lower)) continue;
      for (const part of lower.split('-')) {
        if (part && !ENGLISH_STOPWORDS.has(part)) out.push(stemEnglish(part));
      }
    }
  }
  return out;
}
