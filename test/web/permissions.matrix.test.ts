// The permission matrix, generated: every route the app has × every role (and anonymous) →
// the expected answer. A route missing from ROUTES fails the test, so a new route needs a
// decision here. "Allowed" means neither 401 nor 403 (the request may still be a 400 or 409
// on its own merits); "refused" means 403 for a role and 401 (API) or the login page for
// anonymous visitors.

import type { Express } from 'express';
import supertest from 'supertest';
import { cliActor } from '../../server/services/actor';
import { type Permission, ROLES, type Role, roleCan } from '../../server/services/permissions';
import { createDemoArticle, createTestApp, type TestApp } from '../helpers/app';
import { tokenFor } from '../helpers/auth';

type Need = Permission | 'signed-in' | 'public';
interface Ctx {
  id: number;
  sid: number;
  fid: number;
  rid: number;
  tid: number;
  gid: number;
  /** An account the administrators' page changes (never the one making the request). */
  uid: number;
  version: number;
}
interface Case {
  need: Need;
  body?: Record<string, unknown> | ((c: Ctx) => Record<string, unknown>);
  query?: string;
  /** Changes that would spoil the cases after it (deletes) run last. */
  last?: boolean;
  /** Succeeds by sending the visitor to the login page (logging out). */
  endsAtLogin?: boolean;
}

const text = { zh: '标题\n\n正文。', en: 'Title\n\nBody.' };
const ROUTES: Record<string, Case[]> = {
  // JSON API
  'GET /api/articles': [{ need: 'signed-in' }],
  'POST /api/articles/preview': [{ need: 'signed-in', body: text }],
  'POST /api/articles': [{ need: 'article.import', body: text }],
  'GET /api/articles/:id': [{ need: 'signed-in' }],
  'PATCH /api/articles/:id': [
    { need: 'article.submit', body: { status: 'in_review' } },
    { need: 'article.approve', body: { status: 'approved' } },
  ],
  'DELETE /api/articles/:id': [{ need: 'article.delete', last: true }],
  'POST /api/articles/:id/checks': [{ need: 'article.recheck' }],
  'POST /api/articles/:id/renderings': [
    { need: 'article.import', body: { label: 'wire', en: 'Title\n\nBody.' } },
  ],
  'DELETE /api/articles/:id/renderings/:rid': [{ need: 'article.import', last: true }],
  'GET /api/articles/:id/segments': [{ need: 'signed-in' }],
  'GET /api/articles/:id/segments/:sid': [{ need: 'signed-in' }],
  'PUT /api/articles/:id/segments/:sid': [
    { need: 'segment.edit', body: (c) => ({ en: 'A corrected row.', version: c.version }) },
  ],
  'GET /api/articles/:id/segments/:sid/revisions': [{ need: 'signed-in' }],
  'GET /api/articles/:id/flags': [{ need: 'signed-in' }],
  'POST /api/articles/:id/flags': [
    { need: 'flag.create', body: (c) => ({ segmentId: c.sid, category: 'style', severity: 'minor' }) },
  ],
  'POST /api/articles/:id/flags/bulk': [
    { need: 'flag.judge', body: { status: 'dismissed', severity: 'minor' } },
  ],
  'PATCH /api/articles/:id/flags/:fid': [
    { need: 'flag.judge', body: { status: 'accepted' } },
    { need: 'flag.resolve', body: { status: 'resolved' } },
  ],
  'GET /api/articles/:id/flags/:fid/recurrences': [{ need: 'signed-in' }],
  'POST /api/articles/:id/flags/:fid/recurring': [{ need: 'flag.judge', body: { status: 'dismissed' } }],
  'POST /api/articles/:id/flags/:fid/comments': [{ need: 'flag.comment', body: { body: 'Fixed in row 2.' } }],
  'POST /api/articles/:id/triage/undo': [{ need: 'flag.judge' }],
  'GET /api/articles/:id/triage/history': [{ need: 'signed-in' }],
  'GET /api/formats': [{ need: 'signed-in' }],
  'GET /api/articles/:id/export': [
    { need: 'export.final', query: 'format=txt' },
    { need: 'export.review', query: 'format=report-json' },
  ],
  'POST /api/articles/:id/alignment/edits': [
    { need: 'alignment.edit', body: (c) => ({ op: 'merge', segmentId: c.sid }) },
  ],
  'POST /api/articles/:id/alignment/undo': [{ need: 'alignment.edit' }],
  'POST /api/articles/:id/alignment/rerun': [{ need: 'alignment.edit' }],
  'GET /api/articles/:id/alignment/history': [{ need: 'signed-in' }],
  'GET /api/articles/:id/alignment/map.svg': [{ need: 'signed-in' }],
  'GET /api/glossary': [{ need: 'signed-in' }],
  'POST /api/glossary': [{ need: 'glossary.manage', body: { zh: '外长', en: 'foreign minister' } }],
  'GET /api/glossary/export': [{ need: 'signed-in', query: 'format=csv' }],
  'POST /api/glossary/import': [
    { need: 'glossary.manage', body: { text: '总统,president\n', format: 'csv' } },
  ],
  'GET /api/glossary/:gid': [{ need: 'signed-in' }],
  'PATCH /api/glossary/:gid': [{ need: 'glossary.manage', body: { note: 'house style' } }],
  'DELETE /api/glossary/:gid': [{ need: 'glossary.manage', last: true }],
  'GET /api/search': [{ need: 'signed-in', query: 'q=visit' }],
  // Pages
  'GET /login': [{ need: 'public' }],
  'POST /login': [{ need: 'public', body: { login: 'x', password: 'y' } }],
  'POST /logout': [{ need: 'signed-in', last: true, endsAtLogin: true }],
  'GET /setup': [{ need: 'public' }],
  'POST /setup': [{ need: 'public', body: { login: 'x', password: 'y', password2: 'y' } }],
  'GET /': [{ need: 'signed-in' }],
  'GET /articles': [{ need: 'signed-in' }],
  'GET /articles/new': [{ need: 'signed-in' }],
  'POST /articles': [{ need: 'article.import', body: { zhText: text.zh, enText: text.en } }],
  'GET /articles/:id': [{ need: 'signed-in' }],
  'GET /articles/:id/head': [{ need: 'signed-in' }],
  'GET /articles/:id/rows': [{ need: 'signed-in', query: 'page=0&side=after' }],
  'POST /articles/:id/status': [
    { need: 'article.submit', body: { status: 'in_review' } },
    { need: 'article.approve', body: { status: 'approved' } },
  ],
  'POST /articles/:id/delete': [
    { need: 'article.delete', body: (c) => ({ confirm: String(c.id) }), last: true },
  ],
  'POST /articles/:id/segments/:sid': [
    { need: 'segment.edit', body: (c) => ({ text: 'A row corrected by form.', version: c.version }) },
  ],
  'GET /articles/:id/segments/:sid/history': [{ need: 'signed-in' }],
  'POST /articles/:id/alignment/edits': [
    { need: 'alignment.edit', body: (c) => ({ op: 'merge', segmentId: c.sid }) },
  ],
  'POST /articles/:id/alignment/undo': [{ need: 'alignment.edit' }],
  'POST /articles/:id/alignment/rerun': [{ need: 'alignment.edit' }],
  'GET /articles/:id/alignment/map.svg': [{ need: 'signed-in' }],
  'POST /articles/:id/checks': [{ need: 'article.recheck' }],
  'GET /articles/:id/triage': [{ need: 'signed-in' }],
  'POST /articles/:id/flags/bulk': [{ need: 'flag.judge', body: { status: 'dismissed', severity: 'minor' } }],
  'POST /articles/:id/flags/:fid/recurring': [{ need: 'flag.judge', body: { status: 'dismissed' } }],
  'POST /articles/:id/triage/undo': [{ need: 'flag.judge' }],
  'POST /articles/:id/flags': [
    { need: 'flag.create', body: (c) => ({ segmentId: c.sid, category: 'style', severity: 'minor' }) },
  ],
  'POST /articles/:id/flags/:fid/status': [
    { need: 'flag.judge', body: { status: 'dismissed', reason: 'style only' } },
    { need: 'flag.resolve', body: { status: 'resolved' } },
  ],
  'POST /articles/:id/flags/:fid/comments': [{ need: 'flag.comment', body: { body: 'Done.' } }],
  'POST /articles/:id/renderings': [
    { need: 'article.import', body: { label: 'wire', enText: 'Title\n\nBody.' } },
  ],
  'GET /articles/:id/export': [
    { need: 'export.final', query: 'format=docx' },
    { need: 'export.review', query: 'format=report-html' },
  ],
  'GET /settings': [{ need: 'signed-in' }],
  'POST /settings/password': [
    { need: 'signed-in', body: { current: 'nope', password: 'x', password2: 'x' } },
  ],
  'POST /settings/tokens': [{ need: 'signed-in', body: { label: 'ci' } }],
  'POST /settings/tokens/:tid/revoke': [{ need: 'signed-in' }],
  'POST /settings/logout-all': [{ need: 'signed-in', last: true, endsAtLogin: true }],
  'GET /glossary': [{ need: 'signed-in' }],
  'POST /glossary': [{ need: 'glossary.manage', body: { zh: '外长', en: 'foreign minister' } }],
  'GET /glossary/export': [{ need: 'signed-in', query: 'format=csv' }],
  'POST /glossary/import': [{ need: 'glossary.manage', body: { text: '总统,president\n', format: 'csv' } }],
  'GET /glossary/:gid/edit': [{ need: 'signed-in' }],
  'POST /glossary/:gid': [{ need: 'glossary.manage', body: { zh: '外长', en: 'foreign secretary' } }],
  'POST /glossary/:gid/delete': [{ need: 'glossary.manage', last: true }],
  'GET /search': [{ need: 'signed-in', query: 'q=visit' }],
  'GET /articles/:id/activity': [{ need: 'signed-in' }],
  'GET /healthz': [{ need: 'public' }],
  'GET /favicon.ico': [{ need: 'signed-in' }],
  'GET /admin/activity': [{ need: 'audit.view' }],
  'GET /admin/accounts': [{ need: 'users.manage' }],
  'POST /admin/accounts': [
    {
      need: 'users.manage',
      body: {
        login: 'newcomer',
        role: 'translator',
        password: 'a long password',
        password2: 'a long password',
      },
    },
  ],
  'POST /admin/accounts/:uid/role': [{ need: 'users.manage', body: { role: 'reviewer' } }],
  'POST /admin/accounts/:uid/disable': [{ need: 'users.manage' }],
  'POST /admin/accounts/:uid/enable': [{ need: 'users.manage' }],
  'POST /admin/accounts/:uid/password': [
    { need: 'users.manage', body: { password: 'a new long password', password2: 'a new long password' } },
  ],
};

/** Every route of the app as "METHOD /path", read from Express's router. */
function appRoutes(app: Express): string[] {
  const out: string[] = [];
  type Layer = {
    route?: { path: string; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
    matchers?: ((p: string) => unknown)[];
  };
  const walk = (stack: Layer[], prefix: string) => {
    for (const l of stack) {
      if (l.route)
        for (const m of Object.keys(l.route.methods)) out.push(`${m.toUpperCase()} ${prefix}${l.route.path}`);
      else if (l.handle?.stack) {
        // app.use('/api', router) is the one mounted layer that does not match every path
        const mounted = l.matchers?.[0] && !l.matchers[0]('/not-api') && l.matchers[0]('/api');
        walk(l.handle.stack, mounted ? `${prefix}/api` : prefix);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...new Set(out)].sort();
}

async function setUp(t: TestApp, role: Role | 'anonymous'): Promise<Ctx> {
  tokenFor(t.app); // the desk has an account, so anonymous visitors meet the login page, not setup
  const id = await createDemoArticle(t);
  const a = t.services.articles.get(id);
  const seg = a.segments[1];
  const flag = t.services.flags.create(id, {
    segmentId: seg.id,
    category: 'style',
    severity: 'minor',
    author: 'editor',
  });
  const { id: rid } = await t.services.renderings.add(id, {
    label: 'publisher',
    input: { text: 'Headline\n\nBody.' },
    author: 'editor',
  });
  const term = t.services.glossary.create({ zh: '总理', en: 'premier' }, 'editor');
  const uid = t.services.accounts.createWithoutPassword(
    { login: 'someone', role: 'translator' },
    cliActor('root'),
  ).id;
  let tid = 0;
  if (role !== 'anonymous') {
    tokenFor(t.app, { login: role, role });
    const user = t.services.accounts.getByLogin(role);
    tid = t.services.tokens.create(user.id, 'spare', cliActor('root')).view.id;
  }
  return { id, sid: seg.id, fid: flag.id, rid, tid, gid: term.id, uid, version: seg.version };
}

function fill(path: string, c: Ctx): string {
  return path
    .replace(':id/', `${c.id}/`)
    .replace(/:id$/, String(c.id))
    .replace(':sid', String(c.sid))
    .replace(':fid', String(c.fid))
    .replace(':rid', String(c.rid))
    .replace(':tid', String(c.tid))
    .replace(':gid', String(c.gid))
    .replace(':uid', String(c.uid));
}

const WHO = ['anonymous', ...ROLES] as const;

describe('permission matrix (route × role)', () => {
  it('covers every route of the app', () => {
    const t = createTestApp();
    try {
      const routes = appRoutes(t.app).map((r) =>
        r
          .replace('/glossary/:id', '/glossary/:gid')
          .replace('/tokens/:id/', '/tokens/:tid/')
          .replace('/accounts/:id/', '/accounts/:uid/'),
      );
      expect(routes.filter((r) => !ROUTES[r])).toEqual([]);
      expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
    } finally {
      t.close();
    }
  });

  for (const who of WHO) {
    it(`answers ${who} as the permission table says`, async () => {
      const t = createTestApp();
      try {
        const c = await setUp(t, who);
        const token = who === 'anonymous' ? null : tokenFor(t.app, { login: who, role: who });
        const cases = Object.entries(ROUTES).flatMap(([route, list]) => list.map((k) => ({ route, ...k })));
        const ordered = [...cases.filter((k) => !k.last), ...cases.filter((k) => k.last)];
        const got: string[] = [];
        const want: string[] = [];
        for (const k of ordered) {
          const [method, pattern] = k.route.split(' ');
          const url = fill(pattern, c) + (k.query ? `?${k.query}` : '');
          let req = supertest(t.app)[method.toLowerCase() as 'get'](url);
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          if (k.body) {
            const body = typeof k.body === 'function' ? k.body(c) : k.body;
            req = pattern.startsWith('/api/') ? req.send(body) : req.type('form').send(body);
          }
          const res = await req;
          const api = pattern.startsWith('/api/');
          const label = `${k.route} [${k.need}]`;
          let outcome: string;
          if (res.status === 401) outcome = 'unauthenticated';
          else if (res.status === 303 && String(res.headers.location).startsWith('/login'))
            outcome = 'to-login';
          else if (res.status === 403 && /csrf_invalid/.test(res.text)) outcome = 'csrf-refused';
          else if (res.status === 403) outcome = 'forbidden';
          else outcome = 'allowed';
          // The login and setup pages answer anyone (a wrong login is 401, a set-up desk sends to login).
          if (k.need === 'public' && outcome !== 'csrf-refused' && outcome !== 'forbidden')
            outcome = 'allowed';
          if (k.endsAtLogin && who !== 'anonymous' && outcome === 'to-login') outcome = 'allowed';
          let expected: string;
          // Public forms still need the CSRF token of the page they came from (scripts have none).
          if (k.need === 'public')
            expected = who === 'anonymous' && method === 'POST' ? 'csrf-refused' : 'allowed';
          else if (who === 'anonymous') expected = api || method !== 'GET' ? 'unauthenticated' : 'to-login';
          else if (k.need === 'signed-in' || roleCan(who, k.need)) expected = 'allowed';
          else expected = 'forbidden';
          got.push(`${label} → ${outcome}`);
          want.push(`${label} → ${expected}`);
        }
        expect(got).toEqual(want);
      } finally {
        t.close();
      }
    }, 120_000);
  }
});
