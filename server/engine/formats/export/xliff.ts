// XLIFF 2.0 and 1.2 writers: one unit per aligned row, source zh, target en, notes for
// flags and comments, review state.
//
// Why not the `xliff` package's js2xliff / jsToXliff12 (6.4)? Their output is valid, but
// they cannot express what this export is for: they put extra attributes only on
// <unit>/<trans-unit>, so there is no way to write XLIFF 2.0 <segment state> or XLIFF 1.2
// <target state>; notes get no category/priority/from attributes; units are an object keyed
// by id (ordering is JS key order, not ours); and control characters that XML 1.0 forbids
// pass straight through, producing files xmllint rejects. The documents are small and
// flat, so a few lines of escaped string building (text-safety.ts) are easier to verify
// than post-processing the library's output. The tests validate both writers against the
// OASIS schemas with xmllint and read the 1.2 file back with translate-toolkit.
import { escapeXmlText, openTag, textElement } from './text-safety';
import type { ExportArticle, ExportOptions, ExportRow, RowState } from './types';
import { isoUtc, nmtoken, rowNotes } from './xml-notes';

export const SOURCE_LANG = 'zh-CN';
export const TARGET_LANG = 'en';
/** Namespace for Duizhao's own XLIFF 2.0 values (unit type "dz:headline"). */
export const DUIZHAO_NS = 'urn:duizhao:xliff:1';

/** A row with no English cannot be more than 'initial', whatever the desk says. */
function effectiveState(row: ExportRow): RowState {
  return row.en.trim() === '' ? 'initial' : row.state;
}

export function writeXliff2(article: ExportArticle, opts: ExportOptions = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    openTag('xliff', {
      xmlns: 'urn:oasis:names:tc:xliff:document:2.0',
      'xmlns:dz': DUIZHAO_NS,
      version: '2.0',
      srcLang: SOURCE_LANG,
      trgLang: TARGET_LANG,
    }),
  );
  out.push(
    `  ${openTag('file', { id: `article-${article.id}`, original: `duizhao:article:${article.id}` })}`,
  );
  const fileNotes = [
    textElement('note', { category: 'title', appliesTo: 'source' }, article.titleZh),
    textElement('note', { category: 'title', appliesTo: 'target' }, article.titleEn),
    textElement(
      'note',
      { category: 'status' },
      `${article.status}; exported by ${opts.toolVersion ? `Duizhao ${opts.toolVersion}` : 'Duizhao'}`,
    ),
  ];
  out.push(`    <notes>${fileNotes.join('')}</notes>`);
  for (const row of article.rows) {
    const state = effectiveState(row);
    // xml:space="preserve": rows can hold '\n' paragraph breaks and double spaces that a
    // consumer must not collapse.
    out.push(
      `    ${openTag('unit', { id: `u${row.position}`, name: String(row.position), type: `dz:${row.kind}`, 'xml:space': 'preserve' })}`,
    );
    const notes = rowNotes(article, row.position);
    if (notes.length) {
      const items = notes.map((n) =>
        textElement(
          'note',
          { id: nmtoken(n.id), category: n.category, priority: n.priority, appliesTo: 'target' },
          n.text,
        ),
      );
      out.push(`      <notes>${items.join('')}</notes>`);
    }
    const target = row.en === '' ? '' : `<target>${escapeXmlText(row.en)}</target>`;
    out.push(
      `      ${openTag('segment', { id: `s${row.position}`, state })}<source>${escapeXmlText(row.zh)}</source>${target}</segment>`,
    );
    out.push('    </unit>');
  }
  out.push('  </file>', '</xliff>', '');
  return out.join('\n');
}

/**
 * XLIFF 1.2 state per row. 'reviewed' maps to signed-off ("changes are reviewed and
 * approved") and both reviewed and final rows get approved="yes" — translate-toolkit and
 * most CAT tools treat units without approved="yes" as fuzzy.
 */
export function xliff12State(state: RowState): { state: string; approved: boolean } {
  switch (state) {
    case 'initial':
      return { state: 'new', approved: false };
    case 'translated':
      return { state: 'translated', approved: false };
    case 'reviewed':
      return { state: 'signed-off', approved: true };
    case 'final':
      return { state: 'final', approved: true };
  }
}

export function writeXliff12(article: ExportArticle, opts: ExportOptions = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(openTag('xliff', { version: '1.2', xmlns: 'urn:oasis:names:tc:xliff:document:1.2' }));
  out.push(
    `  ${openTag('file', {
      original: `duizhao:article:${article.id}`,
      'source-language': SOURCE_LANG,
      'target-language': TARGET_LANG,
      datatype: 'plaintext',
      date: isoUtc(article.updatedAt)?.toISOString() ?? null,
      'tool-id': 'duizhao',
    })}`,
  );
  out.push(
    `    <header>${openTag('tool', { 'tool-id': 'duizhao', 'tool-name': 'Duizhao', 'tool-version': opts.toolVersion ?? null }, true)}` +
      `${textElement('note', { from: 'duizhao' }, `${article.titleZh}\n${article.titleEn}\n${article.status}`)}</header>`,
  );
  out.push('    <body>');
  for (const row of article.rows) {
    const mapped = xliff12State(effectiveState(row));
    out.push(
      `      ${openTag('trans-unit', {
        id: String(row.position),
        resname: `row-${row.position}`,
        // restype must be a predefined value or an x- extension in the strict schema.
        restype: `x-${row.kind}`,
        approved: mapped.approved ? 'yes' : 'no',
        'xml:space': 'preserve',
      })}`,
    );
    out.push(`        ${textElement('source', { 'xml:lang': SOURCE_LANG }, row.zh)}`);
    if (row.en !== '')
      out.push(`        ${textElement('target', { 'xml:lang': TARGET_LANG, state: mapped.state }, row.en)}`);
    for (const n of rowNotes(article, row.position)) {
      out.push(
        `        ${textElement('note', { from: n.author, priority: n.priority, annotates: 'target' }, n.text)}`,
      );
    }
    out.push('      </trans-unit>');
  }
  out.push('    </body>', '  </file>', '</xliff>', '');
  return out.join('\n');
}
