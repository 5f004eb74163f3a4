// The `xliff` and `tmexchange` packages (i18next authors) as a second, independent reader:
// a file our writers produce must read the same in a common JS toolchain as in ours.
import { tmx2js } from 'tmexchange';
import { xliff2js, xliff12ToJs } from 'xliff';
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
