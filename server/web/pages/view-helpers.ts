// Helpers every page view gets as `h`: translated labels of closed lists, escaped diff HTML,
// dates, and URLs that keep the current query. Kept out of the templates so they stay markup.
import type { NextFunction, Request, Response } from 'express';
import type { TFunction } from 'i18next';
import { type DiffPart, diffToHtml } from '../../engine/diff';
import { FINDING_TYPES, labelKeys } from './labels';

/** Messages shown after a redirect (?notice=…); only these keys are accepted from the URL. */
const NOTICES: Record<string, string> = {
  saved: 'common.saved',
  created: 'articles.new.created',
  deleted: 'articles.show.deleted',
  flag_added: 'articles.flag_form.added',
  rendering_added: 'articles.renderings.added',
  user_saved: 'settings.user_saved',
};

export type Query = Record<string, string | number | null | undefined>;

export function buildUrl(path: string, query: Query = {}, hash?: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return path + (qs ? `?${qs}` : '') + (hash ? `#${hash}` : '');
}

export function makeHelpers(t: TFunction, lang: string, currentPath: string, user: string) {
  const dateFormat = new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const current = new URL(currentPath, 'http://desk.local');
  return {
    kind: (k: string) => t(labelKeys.kind(k)),
    kindShort: (k: string) => t(labelKeys.kindShort(k)),
    articleStatus: (s: string) => t(labelKeys.articleStatus(s)),
    flagStatus: (s: string) => t(labelKeys.flagStatus(s)),
    severity: (s: string) => t(labelKeys.severity(s)),
    category: (c: string) => t(labelKeys.category(c), { defaultValue: c }),
    origin: (o: string) => t(labelKeys.origin(o)),
    format: (f: string) => t(labelKeys.format(f), { defaultValue: f }),
    /** A person's flag types and automatic finding types share one column; 'headline' reads the same. */
    flagType(type: string): string {
      if (type === 'other') return t(labelKeys.flagType(type));
      if ((FINDING_TYPES as readonly string[]).includes(type)) return t(labelKeys.findingType(type));
      return type;
    },
    /** Escaped HTML with <ins>/<del>; the only non-include output views print unescaped. */
    diff: (parts: DiffPart[]) => diffToHtml(parts),
    time(iso: string): string {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : `${dateFormat.format(d)} UTC`;
    },
    percent: (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100),
    url: buildUrl,
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
    notice(key: unknown): string | null {
      return typeof key === 'string' && NOTICES[key] ? t(NOTICES[key], { user }) : null;
    },
  };
}

export type ViewHelpers = ReturnType<typeof makeHelpers>;

/** For a page rendered by a POST route: links and the name form should act as if on `path`. */
export function renderAsPath(res: Response, path: string): void {
  res.locals.currentPath = path;
  res.locals.h = makeHelpers(res.locals.t, res.locals.lang, path, res.locals.user);
}

/** Puts `h` into res.locals; runs after the locals middleware, so t/lang/user are there. */
export function helpersMiddleware(_req: Request, res: Response, next: NextFunction): void {
  res.locals.h = makeHelpers(res.locals.t, res.locals.lang, res.locals.currentPath, res.locals.user);
  next();
}
