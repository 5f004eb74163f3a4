import type { SentenceRef } from '../engine/align/types';
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
}

export interface PreparedImport {
  zh: ParsedDocument;
  en: ParsedDocument;
  rawZh: Buffer;
  rawEn: Buffer;
  rows: PreparedRow[];
}

const STATUS_BY_CODE: Record<string, number> = { too_large: 413, unsupported_format: 415, zip_bomb: 413 };

/** Turns the engine's FormatError into an AppError naming the language side. */
function toAppError(err: unknown, lang: Lang): unknown {
  const e = err as { name?: string; code?: string; params?: Record<string, unknown> };
  if (e?.name === 'FormatError' && typeof e.code === 'string') {
    return new AppError(STATUS_BY_CODE[e.code] ?? 400, e.code, `errors.${e.code}`, { ...e.params, lang });
  }
  return err;
}

export function rawBytes(input: TextInput): Buffer {
  return input.buffer ?? Buffer.from(input.text ?? '', 'utf8');
}

export async function parseSide(engine: Engine, input: TextInput, lang: Lang, maxBytes: number) {
  const size = input.buffer ? input.buffer.length : Buffer.byteLength(input.text ?? '', 'utf8');
  if (size === 0 || (!input.buffer && !(input.text ?? '').trim()))
    throw new ValidationError('empty_text', { lang });
  if (size > maxBytes) {
    throw new AppError(413, 'too_large', 'errors.too_large', {
      lang,
      max: `${Math.round(maxBytes / 1048576)} MB`,
    });
  }
  try {
    return await engine.parse(input, lang, maxBytes);
  } catch (err) {
    throw toAppError(err, lang);
  }
}

export function rowsFromAlignment(engine: Engine, zh: ParsedDocument, en: ParsedDocument): PreparedRow[] {
  const alignment = engine.align(zh.paragraphs, en.paragraphs);
  return alignment.rows.map((r) => ({
    kind: r.kind,
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
