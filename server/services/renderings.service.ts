import type { Config } from '../config';
import type { Repos } from '../db';
import type { DB } from '../db/connection';
import type { SegmentRow } from '../db/segments.repo';
import type { AlignedRow, SentenceRef } from '../engine/align/types';
import { sideText } from '../engine/align/types';
import type { Paragraph } from '../engine/types';
import { NotFoundError, ValidationError } from '../errors';
import { type ActorLike, authorize } from './actor';
import type { Engine, TextInput } from './engine';
import { parseSide, rawBytes } from './import.service';
import { parseJson } from './view-models';

function overlaps(a: SentenceRef, b: SentenceRef): boolean {
  return a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
}

/**
 * Maps a second English rendering onto the article's rows through the Chinese: the rendering
 * is aligned to the same Chinese source, and each of its rows lands on the article row whose
 * Chinese sentences it shares. English with no Chinese joins the row before it.
 */
export function mapOntoSegments(segments: SegmentRow[], altRows: AlignedRow[], altParas: Paragraph[]) {
  const zhRefs = segments.map((s) => parseJson<SentenceRef[]>(s.zh_refs, []));
  const texts = new Map<number, string[]>();
  let last = segments[0]?.id;
  for (const row of altRows) {
    const en = sideText(altParas, row.en);
    let target: number | undefined;
    if (row.zh.length > 0) {
      const idx = zhRefs.findIndex((refs) => refs.some((r) => row.zh.some((z) => overlaps(r, z))));
      target = idx >= 0 ? segments[idx].id : last;
    } else target = last;
    if (target === undefined || !en) continue;
    last = target;
    const list = texts.get(target) ?? [];
    list.push(en);
    texts.set(target, list);
  }
  return new Map([...texts].map(([id, parts]) => [id, parts.join(' ')]));
}

export function createRenderingsService(db: DB, repos: Repos, engine: Engine, config: Config) {
  return {
    async add(
      articleId: number,
      input: { label: string; input: TextInput; author: ActorLike },
    ): Promise<{ id: number }> {
      const actor = authorize(input.author, 'article.import');
      if (!repos.articles.get(articleId)) throw new NotFoundError('article', articleId);
      const label = input.label.trim();
      if (!label || label.length > 200) throw new ValidationError('invalid_field', { field: 'label' });
      const doc = await parseSide(engine, input.input, 'en', {
        maxBytes: config.maxTextBytes,
        maxLines: config.maxLines,
      });
      const zhSource = repos.sources.primary(articleId, 'zh');
      const zhParas = parseJson<Paragraph[]>(zhSource?.paragraphs, []);
      const alignment = await engine.align(zhParas, doc.paragraphs);
      const segments = repos.segments.byArticle(articleId);
      const mapped = mapOntoSegments(segments, alignment.rows, doc.paragraphs);
      return db.transaction(() => {
        const sourceId = repos.sources.insert({
          article_id: articleId,
          lang: 'en',
          role: 'alternate',
          label,
          filename: input.input.filename ?? null,
          format: doc.format,
          encoding: doc.encoding,
          raw: rawBytes(input.input),
          paragraphs: JSON.stringify(doc.paragraphs),
          dropped: JSON.stringify(doc.dropped),
        });
        const id = repos.renderings.insert({ article_id: articleId, source_id: sourceId, label });
        for (const [segmentId, text] of mapped) repos.renderings.insertRow(id, segmentId, text);
        repos.articles.touch(articleId);
        repos.audit.record(actor, 'add_rendering', 'rendering', id, { rows: mapped.size }, articleId);
        return { id };
      })();
    },

    remove(articleId: number, renderingId: number, by: ActorLike): void {
      const actor = authorize(by, 'article.import');
      const r = repos.renderings.get(renderingId);
      if (!r || r.article_id !== articleId) throw new NotFoundError('rendering', renderingId);
      db.transaction(() => {
        repos.renderings.remove(renderingId);
        repos.audit.record(actor, 'remove_rendering', 'rendering', renderingId, {}, articleId);
      })();
    },
  };
}
export type RenderingsService = ReturnType<typeof createRenderingsService>;
