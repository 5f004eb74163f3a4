import type { Config } from '../config';
import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { GlossaryFields, GlossaryRow } from '../db/glossary.repo';
import type { GlossaryTerm } from '../engine/checks/types';
import { isInterchangeError } from '../engine/formats/bilingual/interchange-error';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors';
import { type ActorLike, authorize } from './actor';
import type { TextInput } from './engine';
import {
  parseGlossaryTable,
  splitVariants,
  type TableFormat,
  type TableRow,
  writeGlossaryTable,
} from './glossary-table';
import type { Page } from './types';
import { parseJson } from './view-models';

/** Longest accepted values, in characters; a glossary term is a name or a phrase, not a text. */
export const GLOSSARY_LIMITS = { zh: 100, en: 200, variants: 20, variant: 200, note: 1000, importRows: 5000 };

export interface GlossaryTermView {
  id: number;
  zh: string;
  en: string;
  /** Other acceptable renderings. */
  variants: string[];
  note: string;
  createdAt: string;
}

export interface GlossaryInput {
  zh: string;
  en: string;
  /** A list, or one string with ';' or '|' between renderings (as forms and files send it). */
  variants?: string[] | string;
  note?: string;
}

/** A file line that was not imported: the error code (an errors.* key) and its params. */
export interface SkippedLine {
  line: number;
  zh: string;
  en: string;
  code: string;
  params: Record<string, unknown>;
}

export interface ImportSummary {
  format: TableFormat;
  added: number;
  updated: number;
  /** Lines that matched a term exactly as it already was. */
  unchanged: number;
  skipped: SkippedLine[];
}

export function toGlossaryView(row: GlossaryRow): GlossaryTermView {
  return {
    id: row.id,
    zh: row.zh,
    en: row.en,
    variants: parseJson<string[]>(row.variants, []),
    note: row.note,
    createdAt: row.created_at,
  };
}

/**
 * The glossary as the checks read it. Two terms with the same Chinese are two acceptable
 * renderings of one term: merged, so using either is not reported as a terminology error.
 */
export function toGlossaryTerms(rows: GlossaryRow[]): GlossaryTerm[] {
  const byZh = new Map<string, GlossaryTerm & { variants: string[] }>();
  for (const row of rows) {
    const variants = parseJson<string[]>(row.variants, []);
    const seen = byZh.get(row.zh);
    if (seen) seen.variants.push(row.en, ...variants);
    else byZh.set(row.zh, { zh: row.zh, en: row.en, variants });
  }
  return [...byZh.values()];
}

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Domain rules of a term; the codes name the field so the message can say what to fix. */
export function normalizeTerm(input: GlossaryInput): GlossaryFields & { variantList: string[] } {
  const zh = clean(input.zh);
  const en = clean(input.en);
  if (!zh) throw new ValidationError('glossary_empty_term', { lang: 'zh' });
  if (!en) throw new ValidationError('glossary_empty_term', { lang: 'en' });
  if ([...zh].length > GLOSSARY_LIMITS.zh)
    throw new ValidationError('glossary_zh_too_long', { max: GLOSSARY_LIMITS.zh });
  if ([...en].length > GLOSSARY_LIMITS.en)
    throw new ValidationError('glossary_en_too_long', { max: GLOSSARY_LIMITS.en });
  const raw = typeof input.variants === 'string' ? splitVariants(input.variants) : (input.variants ?? []);
  const variantList: string[] = [];
  const seen = new Set([en.toLowerCase()]);
  for (const v of raw.map(clean)) {
    if (!v || seen.has(v.toLowerCase())) continue;
    if ([...v].length > GLOSSARY_LIMITS.variant)
      throw new ValidationError('glossary_variant_too_long', { max: GLOSSARY_LIMITS.variant });
    seen.add(v.toLowerCase());
    variantList.push(v);
  }
  if (variantList.length > GLOSSARY_LIMITS.variants)
    throw new ValidationError('glossary_too_many_variants', { max: GLOSSARY_LIMITS.variants });
  const note = (input.note ?? '').normalize('NFC').trim();
  if ([...note].length > GLOSSARY_LIMITS.note)
    throw new ValidationError('glossary_note_too_long', { max: GLOSSARY_LIMITS.note });
  return { zh, en, variants: JSON.stringify(variantList), note, variantList };
}

export function createGlossaryService(db: DB, repos: Repos, config: Config) {
  function requireTerm(id: number): GlossaryRow {
    const row = repos.glossary.get(id);
    if (!row) throw new NotFoundError('glossary_term', id);
    return row;
  }

  function assertUnique(zh: string, en: string, self?: number): void {
    const other = repos.glossary.find(zh, en);
    if (other && other.id !== self) throw new ConflictError('glossary_duplicate', { zh, en });
  }

  /** One file line: added, updated, unchanged, or the reason it was skipped. */
  function importLine(
    row: TableRow,
    seen: Set<string>,
  ): 'added' | 'updated' | 'unchanged' | Omit<SkippedLine, 'line' | 'zh' | 'en'> {
    if (row.oneColumn) return { code: 'glossary_one_column', params: {} };
    let fields: ReturnType<typeof normalizeTerm>;
    try {
      fields = normalizeTerm({
        zh: row.cells.zh ?? '',
        en: row.cells.en ?? '',
        variants: row.cells.variants,
        note: row.cells.note,
      });
    } catch (err) {
      if (err instanceof ValidationError) return { code: err.code, params: err.params };
      throw err;
    }
    const key = `${fields.zh}\u0000${fields.en}`;
    if (seen.has(key)) return { code: 'glossary_duplicate_in_file', params: {} };
    seen.add(key);
    const existing = repos.glossary.find(fields.zh, fields.en);
    const { variantList: _, ...stored } = fields;
    if (!existing) {
      repos.glossary.insert(stored);
      return 'added';
    }
    // Columns the file lacks (or a line too short to reach them) keep the term's own values.
    const next = {
      ...stored,
      variants: row.cells.variants === undefined ? existing.variants : stored.variants,
      note: row.cells.note === undefined ? existing.note : stored.note,
    };
    if (next.variants === existing.variants && next.note === existing.note) return 'unchanged';
    repos.glossary.update(existing.id, next);
    return 'updated';
  }

  return {
    list(opts: { page?: number; pageSize?: number; q?: string }): Page<GlossaryTermView> {
      const pageSize = Math.min(Math.max(opts.pageSize ?? 50, 1), 200);
      const q = opts.q?.trim() || undefined;
      const total = repos.glossary.count({ q });
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const page = Math.min(Math.max(opts.page ?? 1, 1), pages);
      const items = repos.glossary
        .list({ q, limit: pageSize, offset: (page - 1) * pageSize })
        .map(toGlossaryView);
      return { items, page, pageSize, total, pages };
    },

    get: (id: number): GlossaryTermView => toGlossaryView(requireTerm(id)),

    create(input: GlossaryInput, by: ActorLike): GlossaryTermView {
      const actor = authorize(by, 'glossary.manage');
      const { variantList: _, ...fields } = normalizeTerm(input);
      return db.transaction(() => {
        assertUnique(fields.zh, fields.en);
        const id = repos.glossary.insert(fields);
        repos.audit.record(actor, 'create', 'glossary_term', id, { zh: fields.zh, en: fields.en });
        return toGlossaryView(requireTerm(id));
      })();
    },

    /** Changes a term; fields left out keep their value. */
    update(id: number, input: Partial<GlossaryInput>, by: ActorLike): GlossaryTermView {
      const actor = authorize(by, 'glossary.manage');
      const current = toGlossaryView(requireTerm(id));
      const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const { variantList: _, ...fields } = normalizeTerm({ ...current, ...given });
      return db.transaction(() => {
        assertUnique(fields.zh, fields.en, id);
        repos.glossary.update(id, fields);
        repos.audit.record(actor, 'update', 'glossary_term', id, { zh: fields.zh, en: fields.en });
        return toGlossaryView(requireTerm(id));
      })();
    },

    remove(id: number, by: ActorLike): void {
      const actor = authorize(by, 'glossary.manage');
      const row = requireTerm(id);
      db.transaction(() => {
        repos.glossary.remove(id);
        repos.audit.record(actor, 'delete', 'glossary_term', id, { zh: row.zh, en: row.en });
      })();
    },

    /**
     * Adds or updates terms from a CSV/TSV file. Lines stand alone: a bad one is skipped with
     * its reason and the rest still land, all in one transaction.
     */
    importTable(input: TextInput, by: ActorLike): ImportSummary {
      const actor = authorize(by, 'glossary.manage');
      const buffer = input.buffer ?? Buffer.from(input.text ?? '', 'utf8');
      if (buffer.length === 0 || (!input.buffer && !(input.text ?? '').trim()))
        throw new ValidationError('glossary_empty_file');
      if (buffer.length > config.maxTextBytes) {
        const max = `${Math.round(config.maxTextBytes / 1048576)} MB`;
        throw new AppError(413, 'glossary_file_too_large', 'errors.glossary_file_too_large', { max });
      }
      let table: ReturnType<typeof parseGlossaryTable>;
      try {
        table = parseGlossaryTable({ buffer, filename: input.filename });
      } catch (err) {
        if (isInterchangeError(err)) throw new ValidationError('glossary_bad_table');
        throw err;
      }
      if (table.rows.length === 0) throw new ValidationError('glossary_empty_file');
      if (table.rows.length > GLOSSARY_LIMITS.importRows)
        throw new ValidationError('glossary_too_many_rows', { max: GLOSSARY_LIMITS.importRows });
      return db.transaction(() => {
        const summary: ImportSummary = {
          format: table.format,
          added: 0,
          updated: 0,
          unchanged: 0,
          skipped: [],
        };
        const seen = new Set<string>();
        for (const row of table.rows) {
          const result = importLine(row, seen);
          if (typeof result === 'string') summary[result]++;
          else
            summary.skipped.push({
              line: row.line,
              zh: row.cells.zh ?? '',
              en: row.cells.en ?? '',
              ...result,
            });
        }
        const { skipped, ...counts } = summary;
        repos.audit.record(actor, 'import', 'glossary_term', null, { ...counts, skipped: skipped.length });
        return summary;
      })();
    },

    exportTable(format: TableFormat): { body: string; contentType: string; filename: string } {
      const terms = repos.glossary.all().map(toGlossaryView);
      return {
        body: writeGlossaryTable(terms, format),
        contentType:
          format === 'csv' ? 'text/csv; charset=utf-8' : 'text/tab-separated-values; charset=utf-8',
        filename: `glossary.${format}`,
      };
    },

    /** Every term in the shape the checks take (see toGlossaryTerms). */
    terms: (): GlossaryTerm[] => toGlossaryTerms(repos.glossary.all()),
  };
}
export type GlossaryService = ReturnType<typeof createGlossaryService>;
