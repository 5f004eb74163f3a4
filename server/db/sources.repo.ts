import zlib from 'node:zlib';
import type { DB } from './connection';

export interface SourceRow {
  id: number;
  article_id: number;
  lang: 'zh' | 'en';
  role: 'primary' | 'alternate';
  label: string;
  filename: string | null;
  format: string;
  encoding: string;
  raw: Buffer;
  paragraphs: string;
  dropped: string;
  created_at: string;
}

export type NewSource = Omit<SourceRow, 'id' | 'created_at'>;

type StoredSource = SourceRow & { packed: Buffer | null };

const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };

/** Raw bytes and paragraphs JSON in one brotli stream, so the text they share is stored once. */
export function packSource(raw: Buffer, paragraphs: string): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(raw.length);
  return zlib.brotliCompressSync(Buffer.concat([length, raw, Buffer.from(paragraphs, 'utf8')]), BROTLI);
}

export function unpackSource(packed: Buffer): { raw: Buffer; paragraphs: string } {
  const all = zlib.brotliDecompressSync(packed);
  const n = all.readUInt32BE(0);
  return { raw: all.subarray(4, 4 + n), paragraphs: all.subarray(4 + n).toString('utf8') };
}

function unpacked(row: StoredSource | undefined): SourceRow | undefined {
  if (!row) return row;
  const { packed, ...rest } = row;
  return packed ? { ...rest, ...unpackSource(packed) } : rest;
}

export function createSourcesRepo(db: DB) {
  const insert = db.prepare<NewSource & { packed: Buffer }, { id: number }>(
    `INSERT INTO sources (article_id, lang, role, label, filename, format, encoding, raw, paragraphs, dropped, packed)
     VALUES (@article_id, @lang, @role, @label, @filename, @format, @encoding, x'', '', @dropped, @packed)
     RETURNING id`,
  );
  const byArticle = db.prepare<[number], StoredSource>(
    'SELECT * FROM sources WHERE article_id = ? ORDER BY id',
  );
  const primary = db.prepare<[number, string], StoredSource>(
    `SELECT * FROM sources WHERE article_id = ? AND lang = ? AND role = 'primary' ORDER BY id LIMIT 1`,
  );
  const get = db.prepare<[number], StoredSource>('SELECT * FROM sources WHERE id = ?');
  return {
    insert: (s: NewSource) => insert.get({ ...s, packed: packSource(s.raw, s.paragraphs) })!.id,
    byArticle: (articleId: number) => byArticle.all(articleId).map((r) => unpacked(r)!),
    primary: (articleId: number, lang: 'zh' | 'en') => unpacked(primary.get(articleId, lang)),
    get: (id: number) => unpacked(get.get(id)),
  };
}
export type SourcesRepo = ReturnType<typeof createSourcesRepo>;
