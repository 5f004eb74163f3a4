// TMX 1.4b writer: one <tu> per aligned sentence pair.
//
// Why not tmexchange's js2tmx (2.0)? It takes { key: { lang: text } } and writes <tu> with
// only a tuid: there is no way to give a unit creationdate/changedate/creationid/changeid,
// which is what this export promises (who wrote and who last changed each pair, and when),
// and it passes XML-illegal control characters through. The structure is tiny, so the
// writer builds it with the same escaping helpers as the XLIFF writers; the tests check
// it against tmx14.dtd with xmllint and read it back with translate-toolkit.
import { cleanText, escapeXmlText, openTag, textElement } from './text-safety';
import type { ExportArticle, ExportOptions } from './types';
import { SOURCE_LANG, TARGET_LANG } from './xliff';
import { tmxDate } from './xml-notes';

/**
 * TMX is a translation memory, so only real pairs go in: rows with an empty side (a
 * sentence the rendering left out, or an added English sentence) are skipped.
 */
export function tmxRows(article: ExportArticle): ExportArticle['rows'] {
  return article.rows.filter((r) => cleanText(r.zh).trim() !== '' && cleanText(r.en).trim() !== '');
}

export function writeTmx(article: ExportArticle, opts: ExportOptions = {}): string {
  // No <!DOCTYPE tmx SYSTEM "tmx14.dtd">: it is optional, and a relative system id makes
  // validators and naive parsers try to fetch a file that is not next to the export.
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">'];
  out.push(
    `  ${openTag('header', {
      creationtool: 'Duizhao',
      creationtoolversion: opts.toolVersion ?? '0.1.0',
      segtype: 'sentence',
      'o-tmf': 'Duizhao',
      adminlang: 'en',
      srclang: SOURCE_LANG,
      datatype: 'plaintext',
      creationdate: tmxDate(article.createdAt),
      creationid: article.creator || null,
      changedate: tmxDate(article.updatedAt),
    })}`,
  );
  out.push(`    ${textElement('prop', { type: 'x-article-id' }, String(article.id))}`);
  if (article.titleEn) out.push(`    ${textElement('note', {}, article.titleEn)}`);
  out.push('  </header>', '  <body>');
  for (const row of tmxRows(article)) {
    out.push(
      `    ${openTag('tu', {
        tuid: `${article.id}-${row.position}`,
        creationdate: tmxDate(row.createdAt),
        creationid: article.creator || null,
        changedate: tmxDate(row.updatedAt),
        changeid: row.lastAuthor || null,
      })}`,
    );
    // The kind travels as a prop so an import can restore headline/subhead/caption rows.
    out.push(`      ${textElement('prop', { type: 'x-kind' }, row.kind)}`);
    out.push(`      ${textElement('prop', { type: 'x-state' }, row.state)}`);
    out.push(`      ${openTag('tuv', { 'xml:lang': SOURCE_LANG })}<seg>${escapeXmlText(row.zh)}</seg></tuv>`);
    out.push(`      ${openTag('tuv', { 'xml:lang': TARGET_LANG })}<seg>${escapeXmlText(row.en)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
