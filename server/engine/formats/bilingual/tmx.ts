// TMX 1.4b reader: one row per <tu>, the zh variant → zh, the en variant → en.
import { SEGMENT_KINDS, type SegmentKind } from '../../types';
import { InterchangeError } from './interchange-error';
import type { BilingualDocument, BilingualRow } from './types';
import { attr, childrenNamed, firstChild, textOf, type XmlElement } from './xml-reader';

function lang(tuv: XmlElement): string {
  // TMX 1.4 uses xml:lang; TMX 1.1 files still use lang.
  return (attr(tuv, 'lang') ?? '').toLowerCase();
}

function prop(tu: XmlElement, type: string): string | undefined {
  const p = childrenNamed(tu, 'prop').find((el) => attr(el, 'type') === type);
  return p ? textOf(p).trim() : undefined;
}

export function readTmx(root: XmlElement): BilingualDocument {
  if (root.local !== 'tmx')
    throw new InterchangeError('bad_structure', `root element is <${root.name}>, not <tmx>`);
  const body = firstChild(root, 'body');
  if (!body) throw new InterchangeError('bad_structure', 'TMX without <body>');
  const srclang = (attr(firstChild(root, 'header') ?? root, 'srclang') ?? '').toLowerCase();
  const rows: BilingualRow[] = [];
  for (const tu of childrenNamed(body, 'tu')) {
    const tuvs = childrenNamed(tu, 'tuv');
    // Prefer explicit languages; otherwise the srclang variant is the source and the other the target.
    let zh = tuvs.find((t) => lang(t).startsWith('zh'));
    let en = tuvs.find((t) => lang(t).startsWith('en'));
    if (!zh && !en && tuvs.length === 2) {
      const srcFirst = srclang === '' || lang(tuvs[0]) === srclang;
      [zh, en] = srcFirst ? [tuvs[0], tuvs[1]] : [tuvs[1], tuvs[0]];
    }
    if (!zh && !en) continue;
    const seg = (t: XmlElement | undefined) => {
      const s = t ? firstChild(t, 'seg') : undefined;
      return s ? textOf(s) : '';
    };
    const kindProp = prop(tu, 'x-kind');
    const kind: SegmentKind =
      kindProp && (SEGMENT_KINDS as readonly string[]).includes(kindProp)
        ? (kindProp as SegmentKind)
        : 'body';
    const row: BilingualRow = { kind, zh: seg(zh), en: seg(en) };
    const notes = childrenNamed(tu, 'note')
      .map((n) => textOf(n).trim())
      .filter(Boolean);
    if (notes.length) row.note = notes.join('\n\n');
    const state = prop(tu, 'x-state');
    if (state) row.state = state;
    rows.push(row);
  }
  if (!rows.length) throw new InterchangeError('no_units', 'the TMX file has no zh/en translation units');
  return { rows, format: 'tmx' };
}
