import type { Finding, GlossaryTerm } from '../engine/checks/types';
import type { BilingualDocument } from '../engine/formats/bilingual/types';
import type { Lang, ParsedDocument } from '../engine/types';
import { AppError, ValidationError } from '../errors';
import type { Engine, ImportResult, ParseLimits, PreparedRow, TextInput } from './engine';

export type { PreparedRow } from './engine';

export interface PreparedImport {
  zh: ParsedDocument;
  en: ParsedDocument;
  rawZh: Buffer;
  rawEn: Buffer;
  rows: PreparedRow[];
  /** The checks' findings on `rows` (by row index). */
  findings: Finding[];
}

const STATUS_BY_CODE: Record<string, number> = {
  unsupported_format: 415,
  zip_bomb: 413,
  too_many_lines: 413,
};

/** Turns the engine's FormatError / InterchangeError into an AppError naming the side. */
function toAppError(err: unknown, side: Lang | 'both', maxBytes: number): unknown {
  const e = err as { name?: string; code?: string; params?: Record<string, unknown>; side?: Lang };
  const lang = e?.side ?? side;
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
export async function parseSide(engine: Engine, input: TextInput, lang: Lang, limits: ParseLimits) {
  try {
    return await engine.parse(input, lang, limits);
  } catch (err) {
    throw toAppError(err, lang, limits.maxBytes);
  }
}

/** Decodes, cleans and aligns both sides and runs the checks (off the request thread); nothing is written. */
export async function prepareImport(
  engine: Engine,
  input: { zh: TextInput; en: TextInput },
  limits: ParseLimits,
  glossary: GlossaryTerm[],
): Promise<PreparedImport> {
  let result: ImportResult;
  try {
    result = await engine.prepareImport({ zh: input.zh, en: input.en, limits, glossary });
  } catch (err) {
    throw toAppError(err, 'both', limits.maxBytes);
  }
  return { ...result, rawZh: rawBytes(input.zh), rawEn: rawBytes(input.en) };
}

/**
 * A bilingual file (TSV/CSV/XLIFF/TMX) is already aligned: each of its rows becomes one
 * paragraph on each side and one row of the article. Returns null when the file is not bilingual.
 */
export async function prepareBilingual(
  engine: Engine,
  input: TextInput,
  maxBytes: number,
  glossary: GlossaryTerm[],
): Promise<PreparedImport | null> {
  const raw = rawBytes(input);
  if (raw.length === 0) throw new ValidationError('empty_text', { lang: 'both' });
  // the bilingual readers have no size limit of their own
  if (raw.length > maxBytes) throw tooLarge('both', maxBytes);
  let doc: BilingualDocument | null;
  try {
    doc = await engine.readBilingual(input.filename ?? 'upload.txt', raw);
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
  const findings = await engine.checkPrepared(rows, glossary);
  return { zh: side('zh'), en: side('en'), rawZh: raw, rawEn: raw, rows, findings };
}
