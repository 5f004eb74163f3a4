// Edit forms of `bench:checks:perturb` for partial errors: a change rendered the other way or
// with another size ("rose by half" → "fell by half", "doubled" → "tripled"), and a clause
// dropped from inside a sentence (see bench-checks-edits.ts for the rules).
import { type EditForm, matchSites, pick, type Site } from './bench-checks-edits';

// the Chinese of the paragraph says how something changed or compares
const ZH_CHANGE = /[增减降升涨跌翻倍]|[一二两三四五六七八九]成|一半|%|％|百分之/;

const UP = ['rose', 'increased', 'grew', 'climbed', 'jumped', 'up', 'higher', 'more'];
const DOWN = ['fell', 'decreased', 'shrank', 'declined', 'dropped', 'down', 'lower', 'fewer'];
const AMOUNT = String.raw`(?:by\s+)?(?:nearly\s+|about\s+|almost\s+|some\s+|more than\s+|over\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)|half|a third|a quarter|a fifth|two-thirds)`;

const SIZE: [RegExp, string[]][] = [
  [/\bdoubled\b/, ['tripled', 'quadrupled', 'halved']],
  [/\btripled\b/, ['doubled', 'quadrupled']],
  [/\bquadrupled\b/, ['doubled', 'tripled']],
  [/\bhalved\b/, ['doubled', 'cut by a third']],
  [/\btwice as\b/, ['three times as', 'half as']],
  [/\bthree times\b/, ['twice', 'five times']],
  [/\bby half\b/, ['by a third', 'by a quarter']],
  [/\bby a third\b/, ['by half', 'by two-thirds']],
];

export const PARTIAL_FORMS: EditForm[] = [
  {
    form: 'number-relation-direction',
    group: 'number',
    expect: ['number', 'negation', 'hedge'],
    sites: (a) =>
      matchSites(
        a,
        new RegExp(String.raw`\b(${[...UP, ...DOWN].join('|')})\s+(?=${AMOUNT})`),
        (m) => {
          const w = m[1];
          const k = UP.indexOf(w);
          const by = k >= 0 ? DOWN[k] : UP[DOWN.indexOf(w)];
          return by ? { by: m[0].replace(w, by) } : null;
        },
        { zhNeeds: ZH_CHANGE },
      ),
  },
  {
    form: 'number-relation-size',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      SIZE.flatMap(([re, to]) =>
        matchSites(a, re, (_m, _p, rng) => ({ by: pick(to, rng) }), { zhNeeds: ZH_CHANGE }),
      ),
  },
  {
    // a clause of five words or more cut from the middle or end of a sentence, its commas mended
    form: 'omission-clause',
    group: 'omission',
    expect: ['omission'],
    sites: (a) =>
      a.en.flatMap((p, para): Site[] => {
        if (para === 0) return [];
        const parts = p.split(/(?<=,)\s+/);
        return parts
          .map((c, k) => ({ c, k }))
          .filter(({ c, k }) => k > 0 && c.split(/\s+/).length >= 5 && !/^(?:and|or|but)\b/i.test(c))
          .map(({ k }) => ({
            para,
            apply: (art) => {
              const kept = parts.filter((_, j) => j !== k);
              let text = kept.join(' ');
              // the cut clause took the sentence's end with it: end where it ended
              if (k === parts.length - 1)
                text = text.replace(/,\s*$/, parts[k].match(/[.!?]["”’]?$/)?.[0] ?? '.');
              const en = [...art.en];
              en[para] = text;
              return {
                en,
                zhPara: para,
                enPara: para,
                touched: [para],
                enMap: en.map((_, i) => i),
                desc: `dropped clause ${k + 1}/${parts.length}: ${parts[k].slice(0, 60)}…`,
              };
            },
          }));
      }),
  },
];
