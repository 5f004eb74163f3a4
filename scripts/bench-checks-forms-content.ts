// Edit forms of `bench:checks:perturb` that change what is there: names swapped, sentences and
// paragraphs dropped or inserted, Chinese left in (see bench-checks-edits.ts for the rules).
import { type Edited, type EditForm, enSentences, mergedPair, pick, type Site } from './bench-checks-edits';

function sentenceDrop(form: string, which: 'any' | 'notFirst'): EditForm {
  // paragraphs of several sentences: the dev lines joined in pairs (mergedPair), then one dropped
  return {
    form,
    group: 'omission',
    expect: ['omission'],
    sites: (a) =>
      a.en.flatMap((_p, para): Site[] => {
        const m = mergedPair(a, para);
        if (!m) return [];
        const ss = enSentences(m.en[para]);
        return ss
          .map((s, k) => ({ s, k }))
          .filter(({ s, k }) => s.split(/\s+/).length >= 8 && (which === 'any' || k > 0))
          .map(({ k }) => ({
            para,
            apply: () => {
              const en = [...m.en];
              en[para] = ss.filter((_, j) => j !== k).join(' ');
              return {
                en,
                zh: m.zh,
                baseEn: m.en,
                zhPara: para,
                enPara: para,
                touched: [para],
                enMap: en.map((_, i) => i),
                desc: `dropped sentence ${k + 1}/${ss.length}: ${ss[k].slice(0, 60)}…`,
              };
            },
          }));
      }),
  };
}

function entitySwap(kind: 'person' | 'place' | 'org', same = false): EditForm {
  return {
    form: same ? `entity-${kind}-same-article` : `entity-${kind}`,
    group: 'entity',
    expect: ['entity'],
    sites: (a, c) =>
      c.names
        .filter((n) => n.article === a.name && n.kind === kind)
        .flatMap((n) =>
          a.en.flatMap((p, para): Site[] => {
            const i = p.indexOf(n.text);
            if (para === 0 || i < 0) return [];
            return [
              {
                para,
                apply: (art, corpus, rng) => {
                  // another article's name, or (same) another of this article's, absent from this paragraph
                  const others = corpus.names.filter((o) =>
                    same
                      ? o.kind === kind &&
                        o.article === art.name &&
                        !art.en[para].includes(o.text) &&
                        !o.text.includes(n.text) &&
                        !n.text.includes(o.text)
                      : o.kind === kind && o.article !== art.name && !art.en.join('\n').includes(o.text),
                  );
                  if (others.length === 0) return null;
                  const o = pick(others, rng);
                  const r = replaceAt(art, para, i, n.text.length, o.text);
                  r.desc = `"${n.text}" → "${o.text}"`;
                  return r;
                },
              },
            ];
          }),
        ),
  };
}

function replaceAt(a: { en: string[] }, para: number, i: number, len: number, by: string): Edited {
  const en = [...a.en];
  en[para] = en[para].slice(0, i) + by + en[para].slice(i + len);
  return { en, zhPara: para, enPara: para, touched: [para], enMap: en.map((_, k) => k), desc: '' };
}

export const CONTENT_FORMS: EditForm[] = [
  // names swapped for others from the corpus
  entitySwap('person'),
  entitySwap('place'),
  entitySwap('org'),
  entitySwap('person', true),
  entitySwap('org', true),
  {
    form: 'entity-org-sharing-words',
    group: 'entity',
    expect: ['entity'],
    // "Ministry of Public Security" → "Hangzhou Public Security Bureau": same field, another body
    sites: (a, c) =>
      c.names
        .filter(
          (n) =>
            n.article === a.name &&
            n.kind === 'org' &&
            /^(Ministry|Department|Commission|Bureau|Office) of [A-Z]/.test(n.text),
        )
        .flatMap((n) =>
          a.en.flatMap((p, para): Site[] => {
            const i = p.indexOf(n.text);
            if (para === 0 || i < 0) return [];
            return [
              {
                para,
                apply: (art, corpus, rng) => {
                  const places = corpus.names.filter(
                    (o) => o.kind === 'place' && !art.en.join('\n').includes(o.text),
                  );
                  if (places.length === 0) return null;
                  const head = n.text.split(' ')[0];
                  const field = n.text.replace(/^\S+ of (the )?/, '');
                  const by = `${pick(places, rng).text} ${field} ${head === 'Bureau' ? 'Office' : 'Bureau'}`;
                  const r = replaceAt(art, para, i, n.text.length, by);
                  r.desc = `"${n.text}" → "${by}"`;
                  return r;
                },
              },
            ];
          }),
        ),
  },
  // omissions and additions
  sentenceDrop('omission-sentence', 'any'),
  sentenceDrop('omission-sentence-not-first', 'notFirst'),
  {
    form: 'omission-paragraph',
    group: 'omission',
    expect: ['omission'],
    sites: (a) =>
      a.en.slice(2).map(
        (_p, k): Site => ({
          para: k + 2,
          apply: (art) => {
            const para = k + 2;
            const en = art.en.filter((_x, i) => i !== para);
            return {
              en,
              zhPara: para,
              enPara: Math.min(para, en.length - 1),
              touched: [],
              enMap: en.map((_x, i) => (i < para ? i : i + 1)),
              desc: `dropped paragraph ${para}`,
            };
          },
        }),
      ),
  },
  {
    form: 'addition-sentence',
    group: 'addition',
    expect: ['addition'],
    sites: (a) =>
      a.en.slice(1).map(
        (_p, k): Site => ({
          para: k + 1,
          apply: (art, c, rng) => {
            const para = k + 1;
            const s = pick(
              c.sentences.filter((x) => x.article !== art.name),
              rng,
            ).text;
            const ss = enSentences(art.en[para]);
            const at = Math.floor(rng() * (ss.length + 1));
            const en = [...art.en];
            en[para] = [...ss.slice(0, at), s, ...ss.slice(at)].join(' ');
            return {
              en,
              zhPara: para,
              enPara: para,
              touched: [para],
              enMap: en.map((_x, i) => i),
              desc: `inserted at ${at}: ${s.slice(0, 60)}…`,
            };
          },
        }),
      ),
  },
  {
    form: 'addition-line',
    group: 'addition',
    expect: ['addition'],
    sites: (a) =>
      a.en.slice(1).map(
        (_p, k): Site => ({
          para: k + 1,
          apply: (art, c, rng) => {
            const para = k + 1;
            const s = pick(
              c.sentences.filter((x) => x.article !== art.name),
              rng,
            ).text;
            const en = [...art.en.slice(0, para + 1), s, ...art.en.slice(para + 1)];
            return {
              en,
              zhPara: para,
              enPara: para + 1,
              touched: [para + 1],
              enMap: en.map((_x, i) => (i <= para ? i : i === para + 1 ? -1 : i - 1)),
              desc: `new line: ${s.slice(0, 60)}…`,
            };
          },
        }),
      ),
  },
  // Chinese left in the English
  {
    form: 'untranslated-sentence',
    group: 'untranslated',
    expect: ['untranslated'],
    // the second sentence of a two-sentence paragraph left in Chinese
    sites: (a) =>
      a.en.flatMap((_p, para): Site[] => {
        const m = mergedPair(a, para);
        if (!m) return [];
        return [
          {
            para,
            apply: () => {
              const en = [...m.en];
              en[para] = `${a.en[para]} ${a.zh[para + 1].replace(/\s+/g, '')}`;
              return {
                en,
                zh: m.zh,
                baseEn: m.en,
                zhPara: para,
                enPara: para,
                touched: [para],
                enMap: en.map((_x, i) => i),
                desc: 'second sentence left in Chinese',
              };
            },
          },
        ];
      }),
  },
  {
    form: 'untranslated-name',
    group: 'untranslated',
    expect: ['untranslated'],
    sites: (a, c) =>
      c.names
        .filter((n) => n.article === a.name)
        .flatMap((n) =>
          a.en.flatMap((p, para): Site[] => {
            const i = p.indexOf(n.text);
            const zhNames =
              (a.zh[para] ?? '').match(/[\u4e00-\u9fff]{2,6}(?:部|局|委员会|省|市|县|大学|公司)/g) ?? [];
            if (para === 0 || i < 0 || zhNames.length === 0) return [];
            return [
              {
                para,
                apply: (art, _c, rng) => {
                  const by = pick(zhNames, rng);
                  const r = replaceAt(art, para, i, n.text.length, by);
                  r.desc = `"${n.text}" → "${by}"`;
                  return r;
                },
              },
            ];
          }),
        ),
  },
];
