// Helpers every page view gets as `h`: translated labels of closed lists, escaped diff HTML,
// dates, and URLs that keep the current query. Kept out of the templates so they stay markup.
import type { NextFunction, Request, Response } from 'express';
import type { TFunction } from 'i18next';
import { type DiffPart, diffToHtml, escapeHtml } from '../../engine/diff';
import { CHECKS_AUTHOR } from '../../services/checks.service';
import type { FlagView } from '../../services/types';
import { findingKind } from './finding-titles';
import { FINDING_TYPES, labelKeys } from './labels';
import { fromFor, relatedChoices } from './row-pages';

/** Messages shown after a redirect (?notice=…); only these keys are accepted from the URL. */
const NOTICES: Record<string, string> = {
  saved: 'common.saved',
  created: 'articles.new.created',
  deleted: 'articles.show.deleted',
  flag_added: 'articles.flag_form.added',
  rendering_added: 'articles.renderings.added',
  token_revoked: 'settings.token_revoked',
  password_changed: 'settings.password_changed',
  logged_out_everywhere: 'settings.logged_out_everywhere',
  realigned: 'alignment.notices.realigned',
  undone: 'alignment.notices.undone',
  rerun: 'alignment.notices.rerun',
  rechecked: 'checks.rechecked_notice',
  triage_done: 'triage.notices.done',
  triage_undone: 'triage.notices.undone',
};

/** XLIFF review states the desk names; anything else an import brought is shown as it came. */
const REVIEW_STATES = ['initial', 'translated', 'reviewed', 'final'];

/** One entry of the realignment history (services.realign.history) as the views get it. */
export interface AlignOp {
  op: string;
  params: Record<string, unknown>;
}

/** A short sentence for an alignment operation: "merge of rows 3–4", "split of row 5", … */
export function describeAlignOp(t: TFunction, o: AlignOp): string {
  const p = o.params;
  const n = typeof p.position === 'number' ? p.position + 1 : 0;
  const side = p.side === 'zh' || p.side === 'en' ? p.side : 'en';
  switch (o.op) {
    case 'merge':
      return t('alignment.ops.merge', { n, m: n + 1 });
    case 'split':
      return t('alignment.ops.split', { n });
    case 'move':
      return t('alignment.ops.move', { lang: side, n, m: p.direction === 'previous' ? n - 1 : n + 1 });
    case 'unmatch':
      return t('alignment.ops.unmatch', { lang: side, n, s: Number(p.sentence ?? 0) + 1 });
    case 'auto':
      return t('alignment.ops.auto');
    default:
      return o.op;
  }
}

/**
 * Where a flag's evidence sits in a row's text on one side: its span when it has one, else the
 * first place its evidence snippet occurs (snippets carry '…' where they were cut).
 */
export function evidenceRange(f: FlagView, side: 'zh' | 'en', text: string): [number, number] | null {
  const start = side === 'zh' ? f.zhStart : f.enStart;
  const end = side === 'zh' ? f.zhEnd : f.enEnd;
  if (start !== null && end !== null && end > start && end <= text.length) return [start, end];
  const snippet = (side === 'zh' ? f.evidence.zh : f.evidence.en)?.replace(/^…|…$/g, '').trim();
  const at = snippet ? text.indexOf(snippet) : -1;
  return snippet && at >= 0 ? [at, at + snippet.length] : null;
}

/** Escaped text with [start, end) in <mark class="evidence">. */
export function markedHtml(text: string, range: [number, number] | null): string {
  if (!range) return escapeHtml(text);
  const [a, b] = range;
  return `${escapeHtml(text.slice(0, a))}<mark class="evidence">${escapeHtml(text.slice(a, b))}</mark>${escapeHtml(text.slice(b))}`;
}

export type Query = Record<string, string | number | null | undefined>;

export function buildUrl(path: string, query: Query = {}, hash?: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return path + (qs ? `?${qs}` : '') + (hash ? `#${hash}` : '');
}

export function makeHelpers(
  t: TFunction,
  lang: string,
  currentPath: string,
  user: string,
  accountsSince = '',
) {
  const dateFormat = new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const current = new URL(currentPath, 'http://desk.local');
  /** A person's flag types and automatic finding types share one column; 'headline' reads the same. */
  const flagType = (type: string): string => {
    if (type === 'other') return t(labelKeys.flagType(type));
    if ((FINDING_TYPES as readonly string[]).includes(type)) return t(labelKeys.findingType(type));
    return type;
  };
  return {
    kind: (k: string) => t(labelKeys.kind(k)),
    kindShort: (k: string) => t(labelKeys.kindShort(k)),
    articleStatus: (s: string) => t(labelKeys.articleStatus(s)),
    flagStatus: (s: string) => t(labelKeys.flagStatus(s)),
    severity: (s: string) => t(labelKeys.severity(s)),
    category: (c: string) => t(labelKeys.category(c), { defaultValue: c }),
    origin: (o: string) => t(labelKeys.origin(o)),
    /** A person's name as written; the checks' own name in the UI language. */
    author: (a: string) => (a === CHECKS_AUTHOR ? t(labelKeys.origin('check')) : a),
    /** A name written at `at`: before accounts began it was free text, and is marked unregistered. */
    person(name: string, at: string): string {
      if (name === CHECKS_AUTHOR) return t(labelKeys.origin('check'));
      return accountsSince && at < accountsSince ? t('people.unregistered', { name }) : name;
    },
    format: (f: string) => t(labelKeys.format(f), { defaultValue: f }),
    flagType,
    /** What a flag says is wrong: the finding's kind, a person's type, else the category. */
    flagTitle(f: Pick<FlagView, 'origin' | 'type' | 'note' | 'category'>): string {
      const kind = findingKind(f);
      if (kind) return t(`finding_titles.${kind}`);
      if (f.origin === 'person' && f.type === 'other')
        return t(labelKeys.category(f.category), { defaultValue: f.category });
      return flagType(f.type);
    },
    /** Escaped HTML with <ins>/<del>; with `evidence`, the two kinds views print unescaped. */
    diff: (parts: DiffPart[]) => diffToHtml(parts),
    /** "start,end" of the flag's evidence in a row's text on one side, for the client to mark; '' when not found. */
    evidenceAt: (f: FlagView, side: 'zh' | 'en', text: string) =>
      evidenceRange(f, side, text)?.join(',') ?? '',
    /** A row's text on one side, escaped, with the flag's evidence marked. */
    evidence: (f: FlagView, side: 'zh' | 'en', text: string) =>
      markedHtml(text, evidenceRange(f, side, text)),
    time(iso: string): string {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : `${dateFormat.format(d)} UTC`;
    },
    alignOp: (o: AlignOp) => describeAlignOp(t, o),
    reviewState: (state: string) => (REVIEW_STATES.includes(state) ? t(`review_states.${state}`) : state),
    percent: (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100),
    url: buildUrl,
    relatedChoices,
    /** Row `n` of an article: its page of rows (row-pages.ts) and its anchor. */
    rowUrl: (articleId: number, n: number) =>
      buildUrl(`/articles/${articleId}`, { from: fromFor(n) }, `row-${n}`),
    /** ?from= for a link to row `n` on the current page (none on the first page of rows). */
    fromFor,
    /** The current page with some query values replaced (filters, view toggles, paging). */
    here(changes: Query, hash?: string): string {
      const q: Query = Object.fromEntries(current.searchParams.entries());
      delete q.notice;
      delete q.lang;
      return buildUrl(current.pathname, { ...q, ...changes }, hash);
    },
    langUrl(lng: string): string {
      const q: Query = Object.fromEntries(current.searchParams.entries());
      delete q.notice;
      return buildUrl(current.pathname, { ...q, lang: lng });
    },
    notice(key: unknown, count?: unknown): string | null {
      if (typeof key !== 'string' || !NOTICES[key]) return null;
      return t(NOTICES[key], {
        user,
        count: typeof count === 'number' ? count : Number(current.searchParams.get('count') ?? 0) || 0,
      });
    },
  };
}

export type ViewHelpers = ReturnType<typeof makeHelpers>;

/** For a page rendered by a POST route: links and the name form should act as if on `path`. */
export function renderAsPath(res: Response, path: string): void {
  res.locals.currentPath = path;
  res.locals.h = makeHelpers(res.locals.t, res.locals.lang, path, res.locals.user, res.locals.accountsSince);
}

/** Puts `h` into res.locals; runs after the locals middleware, so t/lang/user are there. */
export function helpersMiddleware(_req: Request, res: Response, next: NextFunction): void {
  res.locals.h = makeHelpers(
    res.locals.t,
    res.locals.lang,
    res.locals.currentPath,
    res.locals.user,
    res.locals.accountsSince,
  );
  next();
}
