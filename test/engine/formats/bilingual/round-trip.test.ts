// Export → import must give back the same rows (texts, order, kinds) — and for XLIFF and
// TMX the review state — so a file sent to a CAT tool and returned lands on the same rows.
import { readBilingual } from '../../../../server/engine/formats/bilingual';
import { exportArticle } from '../../../../server/engine/formats/export';
import { cleanText } from '../../../../server/engine/formats/export/text-safety';
import { tmxRows } from '../../../../server/engine/formats/export/tmx';
import type { ExportArticle, ExportFormat } from '../../../../server/engine/formats/export/types';
import { hostileArticle, sampleArticle } from '../../../fixtures/interchange/articles';

const FILES: [ExportFormat, string][] = [
  ['xliff2', 'a.xlf'],
  ['xliff12', 'a.xliff'],
  ['tmx', 'a.tmx'],
  ['tsv', 'a.tsv'],
  ['csv', 'a.csv'],
];

function expectedRows(article: ExportArticle, format: ExportFormat) {
  const rows = format === 'tmx' ? tmxRows(article) : article.rows;
  return rows.map((r) => ({ kind: r.kind, zh: cleanText(r.zh), en: cleanText(r.en) }));
}

describe.each([
  ['the reference article', sampleArticle],
  ['an article full of hostile text', hostileArticle],
])('bilingual round trip of %s', (_name, make) => {
  it.each(FILES)('gives back the same rows from %s', async (format, filename) => {
    const article = make();
    const { body } = await exportArticle(article, format);
    const doc = readBilingual(filename, body);
    expect(doc.format).toBe(format);
    expect(doc.rows.map(({ kind, zh, en }) => ({ kind, zh, en }))).toEqual(expectedRows(article, format));
  });

  it.each(['xliff2', 'xliff12', 'tmx'] as const)(
    'keeps each row’s review state through %s',
    async (format) => {
      const article = make();
      const { body } = await exportArticle(article, format);
      const doc = readBilingual(`a.${format}`, body);
      const rows = format === 'tmx' ? tmxRows(article) : article.rows;
      expect(doc.rows.map((r) => r.state)).toEqual(rows.map((r) => (r.en === '' ? 'initial' : r.state)));
    },
  );
});

describe('bilingual round trip details', () => {
  it('carries flags and comments as notes in XLIFF', async () => {
    const { body } = await exportArticle(sampleArticle(), 'xliff2');
    const doc = readBilingual('a.xlf', body);
    expect(doc.rows[0].note).toContain('Headline contradicts the body');
    expect(doc.rows[0].note).toContain('Fixed to follow the Chinese headline.');
    expect(doc.rows[1].note).toBeUndefined();
  });

  it('keeps paragraph breaks inside a row and surrounding spaces in every format', async () => {
    const article = sampleArticle();
    article.rows = [{ ...article.rows[5], en: '  two\nlines, "quoted"\tand tabbed  ', zh: '第一行\n第二行' }];
    for (const [format, filename] of FILES) {
      const { body } = await exportArticle(article, format);
      const [row] = readBilingual(filename, body).rows;
      expect([format, row.zh, row.en]).toEqual([
        format,
        '第一行\n第二行',
        '  two\nlines, "quoted"\tand tabbed  ',
      ]);
    }
  });
});
