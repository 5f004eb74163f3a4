import type { TFunction } from 'i18next';
import { createApp } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { createI18n } from '../../../server/i18n';
import en from '../../../server/i18n/locales/en.json';
import { cachedTranslator, sharedTranslator } from '../../../server/web/pages/labels';
import { createSampleArticle, createTestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

type Tree = { [key: string]: string | Tree };
function keys(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : keys(v, `${prefix}${k}.`),
  );
}

/** Values for every {{variable}} of a translation: numbers for counts and rows, words else. */
function sampleOptions(text: string, round: number): Record<string, unknown> | undefined {
  const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
  if (names.length === 0) return undefined;
  return Object.fromEntries(
    names.map((n) => [
      n,
      n === 'lang' ? ['zh', 'en'][round % 2] : /^(n|m|s|count|percent)$/.test(n) ? round : `v${round}`,
    ]),
  );
}

describe('cachedTranslator', () => {
  const i18n = createI18n();
  for (const lng of ['en', 'zh-CN']) {
    it(`gives the same text as t() for every ${lng} key, on first and repeated calls`, () => {
      const t = i18n.getFixedT(lng) as TFunction;
      const cached = cachedTranslator(t);
      for (const round of [0, 1, 2, 7, 1, 0]) {
        for (const [key, text] of keys(en as Tree)) {
          const options = sampleOptions(text, round);
          expect([key, cached(key, options as never)]).toEqual([key, t(key, options as never)]);
        }
      }
    });
  }

  it('resolves a row label once and fills in each row number', () => {
    const calls: unknown[] = [];
    const t = ((key: string, o?: Record<string, unknown>) => {
      calls.push(key);
      return `Edit row ${o?.n}`;
    }) as unknown as TFunction;
    const cached = cachedTranslator(t);
    expect([1, 2, 300].map((n) => cached('articles.show.edit_row', { n }))).toEqual([
      'Edit row 1',
      'Edit row 2',
      'Edit row 300',
    ]);
    expect(calls).toHaveLength(1);
  });
});

describe('sharedTranslator', () => {
  const counting = () => {
    const calls: string[] = [];
    const t = ((key: string, o?: Record<string, unknown>) => {
      calls.push(key);
      return `${key}:${JSON.stringify(o ?? {})}`;
    }) as unknown as TFunction;
    return { t, calls };
  };

  it('keeps one cache per language translator across requests', () => {
    const en = counting();
    const zh = counting();
    expect(sharedTranslator(en.t)).toBe(sharedTranslator(en.t));
    expect(sharedTranslator(zh.t)).not.toBe(sharedTranslator(en.t));
    sharedTranslator(en.t)('nav.articles');
    sharedTranslator(en.t)('nav.articles');
    expect(en.calls).toEqual(['nav.articles']);
    expect(zh.calls).toEqual([]);
  });

  it('starts its cache of free-text labels over past the bound, still answering right', () => {
    const { t, calls } = counting();
    const cached = cachedTranslator(t, 3);
    for (const title of ['a', 'b', 'c', 'd']) cached('search.title_q', { q: title });
    expect(cached('search.title_q', { q: 'd' })).toBe('search.title_q:{"q":"d"}');
    expect(calls).toHaveLength(4);
    expect(cached('search.title_q', { q: 'a' })).toBe('search.title_q:{"q":"a"}');
    expect(calls).toHaveLength(5);
  });
});

describe('view cache', () => {
  const t = createTestApp();
  afterAll(() => t.close());

  it('keeps compiled templates except in development', () => {
    expect(t.app.get('view cache')).toBe(true);
    const dev = createApp({
      db: t.db,
      config: loadConfig({ NODE_ENV: 'development' }),
      services: t.services,
    });
    expect(dev.get('view cache')).toBe(false);
  });

  it('renders an article page the same from the cache, in each language', async () => {
    const id = await createSampleArticle(t);
    for (const lang of ['en', 'zh-CN']) {
      const first = await request(t.app).get(`/articles/${id}?lang=${lang}`);
      const second = await request(t.app).get(`/articles/${id}?lang=${lang}`);
      expect(first.status).toBe(200);
      expect(first.text).toContain('id="row-3"');
      expect(second.text).toBe(first.text);
    }
  });
});
