import type { AlignedRow, SentenceRef } from '../engine/align/types';
import { sideText } from '../engine/align/types';
import type { Lang, ParsedDocument, SegmentKind } from '../engine/types';
import { AppError, ValidationError } from '../errors';
import type { Engine, TextInput } from './engine';

/** A row ready to be stored: both texts, where they came from, and how sure the aligner is. */
export interface PreparedRow {
  kind: SegmentKind;
  zh: string;
  en: string;
  zhRefs: SentenceRef[];
  enRefs: SentenceRef[];
  zhPara: number | null;
  enPara: number | null;
  confidence: number;
  /** Review state and notes carried by a bilingual file. */
  state?: string | null;
  note?: string | null;
}

export interface PreparedImport {
  zh: ParsedDocument;
  en: ParsedDocument;
  rawZh: Buffer;
  rawEn: Buffer;
  rows: PreparedRow[];
}

const STATUS_BY_CODE: Record<string, number> = { unsupported_format: 415, zip_bomb: 413 };

/** Turns the engine's FormatError / InterchangeError into an AppError naming the side. */
function toAppError(err: unknown, lang: Lang | 'both', maxBytes: number): unknown {
  const e = err as { name?: string; code?: string; params?: Record<string, unknown> };
  if ((e?.name === 'FormatError' || e?.name === 'InterchangeError') && typeof e.code === 'string') {
    if (e.code === 'too_large') return tooLarge(lang, maxBytes);
    return new AppError(STATUS_BY_CODE[e.code] ?? 400, e.code, `errors.${e.code}`, { ...e.params, lang });
  }
  return err;
}

function tooLarge(lang: Lang | 'both', maxBytes: number): AppError {
  return new AppError(413, 'too_large', 'errors.too_large', {
    lang,
    max: `${Math.round(maxBytes / 1048576)} MB`,
  });
}

export function rawBytes(input: TextInput): Buffer {
  return input.buffer ?? Buffer.from(input.text ?? '', 'utf8');
}

/** One side through the engine's importer, which checks emptiness and size before parsing. */
export async function parseSide(engine: Engine, input: TextInput, lang: Lang, maxBytes: number) {
  try {
    return await engine.parse(input, lang, maxBytes);
  } catch (err) {
    throw toAppError(err, lang, maxBytes);
  }
}

// When the two sides disagree about a row's kind, the more specific one wins: an English
// subheading against a Chinese body paragraph is still a subheading row.
const KIND_RANK: Record<SegmentKind, number> = {
  headline: 6,
  subhead: 5,
  caption: 4,
  byline: 3,
  dateline: 2,
  lead: 1,
  body: 0,
};

function rowKind(zh: ParsedDocument, en: ParsedDocument, r: AlignedRow): SegmentKind {
  let kind: SegmentKind = r.kind;
  for (const ref of r.zh) kind = strongest(kind, zh.paragraphs[ref.paragraph]?.kind);
  for (const ref of r.en) kind = strongest(kind, en.paragraphs[ref.paragraph]?.kind);
  return kind;
}

function strongest(a: SegmentKind, b: SegmentKind | undefined): SegmentKind {
  return b && KIND_RANK[b] > KIND_RANK[a] ? b : a;
}

export function rowsFromAlignment(engine: Engine, zh: ParsedDocument, en: ParsedDocument): PreparedRow[] {
  const alignment = engine.align(zh.paragraphs, en.paragraphs);
  return alignment.rows.map((r) => ({
    kind: rowKind(zh, en, r),
    zh: sideText(zh.paragraphs, r.zh),
    en: sideText(en.paragraphs, r.en),
    zhRefs: r.zh,
    enRefs: r.en,
    zhPara: r.zh[0]?.paragraph ?? null,
    enPara: r.en[0]?.paragraph ?? null,
    confidence: Math.max(0, Math.min(1, r.confidence)),
  }));
}

/** Decodes, cleans and aligns both sides; nothing is written. */
export async function prepareImport(
  engine: Engine,
  input: { zh: TextInput; en: TextInput },
  maxBytes: number,
): Promise<PreparedImport> {
  const zh = await parseSide(engine, input.zh, 'zh', maxBytes);
  const en = await parseSide(engine, input.en, 'en', maxBytes);
  return {
    zh,
    en,
    rawZh: rawBytes(input.zh),
    rawEn: rawBytes(input.en),
    rows: rowsFromAlignment(engine, zh, en),
  };
}

/**
 * A bilingual file (TSV/CSV/XLIFF/TMX) is already aligned: each of its rows becomes one
 * paragraph on each side and one row of the article. Returns null when the file is not bilingual.
 */
export function prepareBilingual(engine: Engine, input: TextInput, maxBytes: number): PreparedImport | null {
  const raw = rawBytes(input);
  if (raw.length === 0) throw new ValidationError('empty_text', { lang: 'both' });
  // the bilingual readers have no size limit of their own
  if (raw.length > maxBytes) throw tooLarge('both', maxBytes);
  let doc: ReturnType<Engine['readBilingual']>;
  try {
    doc = engine.readBilingual(input.filename ?? 'upload.txt', raw);
  } catch (err) {
    throw toAppError(err, 'both', maxBytes);
  }
  if (!doc) return null;
  const side = (lang: 'zh' | 'en'): ParsedDocument => ({
    paragraphs: doc.rows.map((r) => ({ kind: r.kind, text: r[lang] })),
    dropped: [],
    encoding: 'UTF-8',
    format: doc.format,
  });
  const ref = (text: string, i: number) => (text ? [{ paragraph: i, start: 0, end: text.length }] : []);
  const rows = doc.rows.map((r, i) => ({
    kind: r.kind,
    zh: r.zh,
    en: r.en,
    zhRefs: ref(r.zh, i),
    enRefs: ref(r.en, i),
    zhPara: r.zh ? i : null,
    enPara: r.en ? i : null,
    confidence: 1,
    state: r.state ?? null,
    note: r.note ?? null,
  }));
  return { zh: side('zh'), en: side('en'), rawZh: raw, rawEn: raw, rows };
}
