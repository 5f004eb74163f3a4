// XLIFF 1.2 and 2.0 readers: one row per unit, source → zh, target → en, notes → note,
// review state normalised to XLIFF 2.0's vocabulary, kind restored from what our writer
// records (1.2 restype="x-headline", 2.0 type="dz:headline").
import { SEGMENT_KINDS, type SegmentKind } from '../../types';
import { InterchangeError } from './interchange-error';
import type { BilingualDocument, BilingualRow } from './types';
import { attr, childrenNamed, descendantsNamed, firstChild, textOf, type XmlElement } from './xml-reader';

const STATE_ORDER = ['initial', 'translated', 'reviewed', 'final'];

/** XLIFF 1.2 target states → our states. needs-review-* means "translated, not yet reviewed". */
const STATE_12: Record<string, string> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'translated',
  'needs-l10n': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated',
  'needs-review-translation': 'translated',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

function kindFrom(value: string | undefined): SegmentKind | undefined {
  if (!value) return undefined;
  const v = value.replace(/^x-|^[^:]+:/, '').toLowerCase();
  return (SEGMENT_KINDS as readonly string[]).includes(v) ? (v as SegmentKind) : undefined;
}

/** Text of a source/target: exact under xml:space="preserve", else trimmed at both ends. */
function textWithSpace(el: XmlElement | undefined, ...ancestors: XmlElement[]): string {
  if (!el) return '';
  const text = textOf(el);
  const space = [el, ...ancestors].map((a) => attr(a, 'space')).find((v) => v !== undefined);
  return space === 'preserve' ? text : text.trim();
}

function isLang(value: string | undefined, prefix: 'zh' | 'en'): boolean {
  return (value ?? '').toLowerCase().startsWith(prefix);
}

function joinNotes(notes: XmlElement[]): string | undefined {
  const texts = notes.map((n) => textOf(n).trim()).filter(Boolean);
  return texts.length ? texts.join('\n\n') : undefined;
}

function finish(rows: BilingualRow[], swap: boolean, format: BilingualDocument['format']): BilingualDocument {
  if (!rows.length) throw new InterchangeError('no_units', 'the file has no translation units');
  // A file translated from English into Chinese still becomes zh | en rows.
  const out = swap ? rows.map((r) => ({ ...r, zh: r.en, en: r.zh })) : rows;
  return { rows: out, format };
}

function readXliff12(root: XmlElement): BilingualDocument {
  const rows: BilingualRow[] = [];
  let swap = false;
  for (const file of childrenNamed(root, 'file')) {
    swap = isLang(attr(file, 'source-language'), 'en') && isLang(attr(file, 'target-language'), 'zh');
    for (const unit of descendantsNamed(file, 'trans-unit')) {
      const source = firstChild(unit, 'source');
      if (!source)
        throw new InterchangeError('bad_structure', `trans-unit ${attr(unit, 'id') ?? '?'} has no source`);
      const target = firstChild(unit, 'target');
      const row: BilingualRow = {
        kind: kindFrom(attr(unit, 'restype')) ?? 'body',
        zh: textWithSpace(source, unit, file, root),
        en: textWithSpace(target, unit, file, root),
      };
      const note = joinNotes(childrenNamed(unit, 'note'));
      if (note) row.note = note;
      // A unit without a target is untranslated whatever else it says.
      let state = target ? STATE_12[attr(target, 'state') ?? ''] : 'initial';
      if (target && attr(unit, 'approved') === 'yes' && state !== 'final') state = 'reviewed';
      if (state) row.state = state;
      rows.push(row);
    }
  }
  return finish(rows, swap, 'xliff12');
}

function readXliff2(root: XmlElement): BilingualDocument {
  const rows: BilingualRow[] = [];
  const swap = isLang(attr(root, 'srcLang'), 'en') && isLang(attr(root, 'trgLang'), 'zh');
  for (const file of childrenNamed(root, 'file')) {
    for (const unit of descendantsNamed(file, 'unit')) {
      // A unit can be split into several segments (with ignorable whitespace between);
      // the desk's row is the whole unit.
      const parts = unit.children.filter(
        (c): c is XmlElement => typeof c !== 'string' && (c.local === 'segment' || c.local === 'ignorable'),
      );
      if (!parts.length)
        throw new InterchangeError('bad_structure', `unit ${attr(unit, 'id') ?? '?'} has no segment`);
      const zh = parts.map((p) => textWithSpace(firstChild(p, 'source'), unit, file, root)).join('');
      const en = parts.map((p) => textWithSpace(firstChild(p, 'target'), unit, file, root)).join('');
      const row: BilingualRow = { kind: kindFrom(attr(unit, 'type')) ?? 'body', zh, en };
      const notes = firstChild(unit, 'notes');
      const note = notes ? joinNotes(childrenNamed(notes, 'note')) : undefined;
      if (note) row.note = note;
      // The unit is only as far along as its least advanced segment.
      const states = parts
        .filter((p) => p.local === 'segment')
        .map((p) => attr(p, 'state'))
        .filter((s): s is string => s !== undefined && STATE_ORDER.includes(s));
      if (states.length)
        row.state = states.sort((a, b) => STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b))[0];
      rows.push(row);
    }
  }
  return finish(rows, swap, 'xliff2');
}

/** Reads a parsed <xliff> document of version 1.2 or 2.x. */
export function readXliff(root: XmlElement): BilingualDocument {
  if (root.local !== 'xliff')
    throw new InterchangeError('bad_structure', `root element is <${root.name}>, not <xliff>`);
  const version = attr(root, 'version') ?? '';
  if (version === '1.2' || version === '1.1' || version === '1.0') return readXliff12(root);
  if (version.startsWith('2.')) return readXliff2(root);
  throw new InterchangeError('bad_structure', `unsupported XLIFF version '${version}'`);
}
