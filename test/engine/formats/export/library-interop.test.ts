// The `xliff` and `tmexchange` packages (i18next authors) as a second, independent reader:
// a file our writers produce must read the same in a common JS toolchain as in ours.
import { js2tmx, tmx2js } from 'tmexchange';
import { js2xliff, jsToXliff12, xliff2js, xliff12ToJs } from 'xliff';
import { readBilingual } from '../../../../server/engine/formats/bilingual';
import { exportArticle } from '../../../../server/engine/formats/export';
import { cleanText } from '../../../../server/engine/formats/export/text-safety';
import { tmxRows } from '../../../../server/engine/formats/export/tmx';
import type { ExportArticle } from '../../../../server/engine/formats/export/types';
import { hostileArticle, sampleArticle } from '../../../fixtures/interchange/articles';

async function xml(article: ExportArticle, format: 'xliff2' | 'xliff12' | 'tmx'): Promise<string> {
  return (await exportArticle(article, format)).body.toString('utf8');
}

describe.each([
  ['the reference article', sampleArticle],
  ['an article full of hostile text', hostileArticle],
])('i18next exchange libraries reading our export of %s', (_name, make) => {
  it('xliff12ToJs finds every trans-unit with our texts', async () => {
    const article = make();
    const js = await xliff12ToJs(await xml(article, 'xliff12'));
    expect(js).toMatchObject({ sourceLanguage: 'zh-CN', targetLanguage: 'en' });
    const units = Object.values(js.resources[`duizhao:article:${article.id}`]);
    expect(units.map((u) => [u.source, u.target ?? ''])).toEqual(
      article.rows.map((r) => [cleanText(r.zh), cleanText(r.en)]),
    );
    expect(units.map((u) => u.additionalAttributes?.restype)).toEqual(article.rows.map((r) => `x-${r.kind}`));
  });

  it('xliff2js finds every unit with our texts', async () => {
    const article = make();
    const js = await xliff2js(await xml(article, 'xliff2'));
    const units = Object.values(js.resources[`article-${article.id}`]);
    expect(units.map((u) => [u.source, u.target ?? ''])).toEqual(
      article.rows.map((r) => [cleanText(r.zh), cleanText(r.en)]),
    );
  });

  it('tmx2js finds every aligned pair', async () => {
    const article = make();
    const js = await tmx2js(await xml(article, 'tmx'));
    expect(js.sourceLanguage).toBe('zh-CN');
    expect(Object.values(js.resources).map((tu) => [tu['zh-CN'], tu.en])).toEqual(
      tmxRows(article).map((r) => [cleanText(r.zh), cleanText(r.en)]),
    );
  });
});

describe('our bilingual readers on files the i18next libraries wrote', () => {
  const resources = {
    story: {
      a: { source: '你好 & <世界>', target: 'Hello & <world>' },
      b: { source: '第二句', target: 'Second sentence' },
    },
  };

  it('reads js2xliff (XLIFF 2.0) output', async () => {
    const xml = await js2xliff({ sourceLanguage: 'zh-CN', targetLanguage: 'en', resources });
    expect(readBilingual('lib.xlf', Buffer.from(xml)).rows).toEqual([
      { kind: 'body', zh: '你好 & <世界>', en: 'Hello & <world>' },
      { kind: 'body', zh: '第二句', en: 'Second sentence' },
    ]);
  });

  it('reads jsToXliff12 output', async () => {
    const xml = await jsToXliff12({ sourceLanguage: 'zh-CN', targetLanguage: 'en', resources });
    const doc = readBilingual('lib.xliff', Buffer.from(xml));
    expect(doc.format).toBe('xliff12');
    expect(doc.rows.map((r) => [r.zh, r.en])).toEqual([
      ['你好 & <世界>', 'Hello & <world>'],
      ['第二句', 'Second sentence'],
    ]);
  });

  it('reads js2tmx output', async () => {
    const xml = await js2tmx({
      sourceLanguage: 'zh-CN',
      resources: { s1: { 'zh-CN': '你好', en: 'Hello' }, s2: { 'zh-CN': '再见', en: 'Bye' } },
    });
    expect(readBilingual('lib.tmx', Buffer.from(xml)).rows.map((r) => [r.zh, r.en])).toEqual([
      ['你好', 'Hello'],
      ['再见', 'Bye'],
    ]);
  });
});
