// Edit forms of `bench:checks:perturb` that change what is said: numbers, polarity, certainty,
// and the headline against its body (see bench-checks-edits.ts for the rules).
import { type EditForm, lemma, MONTHS, matchSites, NUMBER_WORDS, pick, type Rng } from './bench-checks-edits';

const ZH_NUM = /[0-9０-９一二三四五六七八九十百千万亿两]/;
const bump = (n: number, rng: Rng) => n + 1 + Math.floor(rng() * 4) * (n > 20 ? Math.ceil(n / 10) : 1);

function changeDigit(s: string, rng: Rng): string {
  const idx = [...s].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const i = pick(idx, rng);
  const d = Number(s[i]);
  const nd = (d + 1 + Math.floor(rng() * 8)) % 10;
  const out = s.slice(0, i) + String(i === idx[0] && nd === 0 ? 1 + (d % 9) : nd) + s.slice(i + 1);
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const PAST = /\b(?<!(?:has|have|had|was|were|been|is|are|be|not|to|will|would)\s)([a-z]{3,}ed)\b(?!\s+by\b)/;

function negInsert(
  form: string,
  re: RegExp,
  make: (m: RegExpMatchArray) => string | null,
  headline = false,
): EditForm {
  return {
    form,
    group: headline ? 'headline' : 'negation',
    expect: headline ? ['headline', 'negation'] : ['negation'],
    sites: (a) =>
      matchSites(
        a,
        re,
        (m) => {
          const by = make(m);
          return by ? { by } : null;
        },
        headline ? { headline: true, body: false } : {},
      ),
  };
}

const ANTONYMS: [string, string][] = [
  ['rise', 'fall'],
  ['rises', 'falls'],
  ['rose', 'fell'],
  ['increase', 'decrease'],
  ['increases', 'decreases'],
  ['increased', 'decreased'],
  ['up', 'down'],
  ['more', 'fewer'],
  ['expand', 'shrink'],
  ['boost', 'cut'],
  ['start', 'end'],
  ['starts', 'ends'],
  ['open', 'close'],
  ['opens', 'closes'],
  ['allow', 'ban'],
  ['approve', 'reject'],
  ['approves', 'rejects'],
  ['support', 'oppose'],
  ['supports', 'opposes'],
  ['success', 'failure'],
  ['win', 'lose'],
  ['wins', 'loses'],
  ['high', 'low'],
  ['growth', 'decline'],
  ['strengthen', 'weaken'],
  ['improve', 'worsen'],
  ['promote', 'hinder'],
  ['new', 'old'],
  ['first', 'last'],
];
const ANTONYM = new Map<string, string>(
  ANTONYMS.flatMap(
    ([x, y]) =>
      [
        [x, y],
        [y, x],
      ] as [string, string][],
  ),
);

export const MEANING_FORMS: EditForm[] = [
  // numbers
  {
    form: 'number-digit',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      matchSites(
        a,
        /(?<![\d.,A-Za-z-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d%]|\s*(?:percent|per cent))/,
        (m, _p, rng) => (/^(19|20)\d\d$/.test(m[0]) ? null : { by: changeDigit(m[0], rng) }),
        { zhNeeds: ZH_NUM },
      ),
  },
  {
    form: 'number-word',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      matchSites(
        a,
        new RegExp(`\\b(${NUMBER_WORDS.slice(2).join('|')})\\b`, 'i'),
        (m, _p, rng) => {
          const v = NUMBER_WORDS.indexOf(m[0].toLowerCase());
          const w = NUMBER_WORDS[(v + 1 + Math.floor(rng() * 5)) % 21] || 'three';
          return { by: /^[A-Z]/.test(m[0]) ? cap(w) : w };
        },
        { zhNeeds: ZH_NUM },
      ),
  },
  {
    form: 'number-scale',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      matchSites(
        a,
        /\b\d+(?:\.\d+)?\s+(million|billion|thousand)\b|\b\d{1,3}(?:,\d{3}){1,3}\b/,
        (m, _p, rng) => {
          if (m[1]) {
            const to =
              m[1] === 'million'
                ? pick(['billion', 'thousand'], rng)
                : m[1] === 'billion'
                  ? 'million'
                  : 'million';
            return { by: m[0].replace(m[1], to) };
          }
          const v = Number(m[0].replace(/,/g, ''));
          return { by: (v * 10).toLocaleString('en-US') };
        },
        { zhNeeds: ZH_NUM },
      ),
  },
  {
    form: 'number-percent',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      matchSites(a, /\b(\d+(?:\.\d+)?)\s?(%|percent|per cent)/, (m, _p, rng) => ({
        by: m[0].replace(
          m[1],
          String(/\./.test(m[1]) ? (Number(m[1]) + 1.5).toFixed(1) : bump(Number(m[1]), rng)),
        ),
      })),
  },
  {
    form: 'number-year',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      matchSites(
        a,
        /\b(19[5-9]\d|20[0-3]\d)\b/,
        (m, _p, rng) => ({ by: String(Number(m[0]) + pick([-2, -1, 1, 2], rng)) }),
        { zhNeeds: /\d{4}|[〇零一二三四五六七八九]{4}/ },
      ),
  },
  {
    form: 'number-date',
    group: 'number',
    expect: ['number'],
    sites: (a) =>
      matchSites(
        a,
        new RegExp(`\\b(${MONTHS.join('|')})(\\s+(\\d{1,2}))?\\b`),
        (m, _p, rng) =>
          m[3]
            ? { by: `${m[1]} ${((Number(m[3]) + 1 + Math.floor(rng() * 5)) % 28) + 1}` }
            : { by: MONTHS[(MONTHS.indexOf(m[1]) + 1 + Math.floor(rng() * 10)) % 12] },
        { zhNeeds: /[月日]/ },
      ),
  },
  // negation inserted, in several syntactic forms, and removed
  negInsert('negation-will-not', /\b(will|can|should|would|could|must)\s+(?!not\b|be\s+not)([a-z]+)/, (m) =>
    m[1] === 'can' ? `cannot ${m[2]}` : `${m[1]} not ${m[2]}`,
  ),
  negInsert('negation-has-never', /\b(has|have|had)\s+(been|[a-z]+ed)\b/, (m) => `${m[1]} never ${m[2]}`),
  negInsert('negation-did-not', PAST, (m) => {
    const l = lemma(m[1]);
    return l ? `did not ${l}` : null;
  }),
  negInsert(
    'negation-no-longer',
    /\b(is|are|was|were)\s+(?!not\b|no\b)([a-z]{3,})/,
    (m) => `${m[1]} no longer ${m[2]}`,
  ),
  negInsert('negation-failed-to', PAST, (m) => {
    const l = lemma(m[1]);
    return l ? `failed to ${l}` : null;
  }),
  negInsert(
    'negation-unlikely',
    /\b(is|are|was|were)\s+(expected|likely|set|going|able|about)\s+to\b/,
    (m) => `${m[1]} unlikely to`,
  ),
  {
    // "not only … but also" is no negation: its "not" is left alone
    form: 'negation-removed',
    group: 'negation',
    expect: ['negation'],
    sites: (a) =>
      matchSites(
        a,
        /\b(not(?!\s+only\b)|never|no longer|unlikely|failed to|cannot|without)\b\s*|n[’']t\b/,
        (m) => {
          const w = m[0].trim().toLowerCase();
          const by: Record<string, string> = {
            not: '',
            never: '',
            'no longer': '',
            unlikely: 'likely ',
            'failed to': 'managed to ',
            cannot: 'can ',
            without: 'with ',
          };
          if (/^n[’']t$/.test(w)) return { by: '' };
          return w in by ? { by: by[w] } : null;
        },
      ),
  },
  // hedging up and down, attribution dropped
  {
    form: 'hedge-will-to-may',
    group: 'hedge',
    expect: ['hedge'],
    sites: (a) =>
      matchSites(a, /\bwill\b(?!\s+not)/, (_m, _p, rng) => ({ by: pick(['may', 'could', 'might'], rng) })),
  },
  {
    form: 'hedge-may-to-will',
    group: 'hedge',
    expect: ['hedge'],
    sites: (a) => matchSites(a, /\b(may|might|could)\b(?!\s+not)/, () => ({ by: 'will' })),
  },
  {
    form: 'hedge-expected-to-will',
    group: 'hedge',
    expect: ['hedge'],
    sites: (a) =>
      matchSites(a, /\b(is|are|was|were)\s+(expected|likely|projected|set)\s+to\b/, (m) => ({
        by: /was|were/.test(m[1]) ? 'would' : 'will',
      })),
  },
  {
    form: 'hedge-intensified',
    group: 'hedge',
    expect: ['hedge'],
    sites: (a) =>
      matchSites(a, /\b(will|would)\s+(?!not)([a-z]+)/, (m, _p, rng) => ({
        by: `${m[1]} ${pick(['certainly', 'definitely', 'surely'], rng)} ${m[2]}`,
      })),
  },
  {
    form: 'hedge-attribution-dropped',
    group: 'hedge',
    expect: ['hedge', 'omission'],
    sites: (a) =>
      matchSites(
        a,
        /\breportedly\s+|(?:^|(?<=[.!?]\s))According to [^,.]{3,60},\s*([a-z])|,\s*according to [^,.]{3,60}(?=\.)|,\s*(?:it is|it was) (?:reported|said) that/,
        (m) => ({ by: m[1] ? m[1].toUpperCase() : '' }),
      ),
  },
  // headline rewritten against its body
  negInsert(
    'headline-negated',
    /\b(will|can|is|are|has|have|to)\s+(?!not\b)([a-z]+)/,
    (m) => (m[1] === 'to' ? `not to ${m[2]}` : m[1] === 'can' ? `cannot ${m[2]}` : `${m[1]} not ${m[2]}`),
    true,
  ),
  {
    form: 'headline-antonym',
    group: 'headline',
    expect: ['headline'],
    sites: (a) =>
      matchSites(
        a,
        /\b[A-Za-z]+\b/,
        (m) => {
          const w = ANTONYM.get(m[0].toLowerCase());
          return w ? { by: /^[A-Z]/.test(m[0]) ? cap(w) : w } : null;
        },
        { headline: true, body: false },
      ),
  },
  {
    form: 'headline-number',
    group: 'headline',
    expect: ['headline', 'number'],
    sites: (a) =>
      matchSites(a, /\b\d[\d,.]*\b/, (m, _p, rng) => ({ by: changeDigit(m[0], rng) }), {
        headline: true,
        body: false,
      }),
  },
];
