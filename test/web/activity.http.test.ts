// Who did what, over real HTTP: every kind of action a person takes leaves an audit entry that
// names their account, and the two activity views show them, filtered and paged.
import supertest from 'supertest';
import { cliActor } from '../../server/services/actor';
import type { Role } from '../../server/services/permissions';
import { createTestApp, SAMPLE, type TestApp } from '../helpers/app';
import { request } from '../helpers/auth';
import { CHEAP_HASH } from '../helpers/services';
import { browser, formToken, logIn, submit, visit } from './auth/helpers';

const PASSWORD = 'a long password';
let t: TestApp;

beforeEach(() => {
  t = createTestApp({}, { services: { passwordCost: CHEAP_HASH } });
});
afterEach(() => t.close());

interface Entry {
  actor: string;
  user_id: number | null;
  via: string | null;
  action: string;
  entity: string;
  article_id: number | null;
}
function entries(): Entry[] {
  return t.db
    .prepare<[], Entry>('SELECT actor, user_id, via, action, entity, article_id FROM audit_log ORDER BY id')
    .all();
}
const as = (login: string, role: Role) => request(t.app, { login, role });
const userId = (login: string) => t.services.accounts.getByLogin(login).id;

/** One article taken through import, edit, flags, realignment, approval and export by four people. */
async function workedArticle(): Promise<number> {
  const made = await as('mei', 'translator').post('/api/articles').send(SAMPLE);
  expect(made.status).toBe(201);
  const id: number = made.body.id;
  const rows = made.body.segments;
  const edit = await as('mei', 'translator').put(`/api/articles/${id}/segments/${rows[1].id}`).send({
    en: 'South Korea’s president began a four-day state visit to China on Sunday.',
    version: rows[1].version,
  });
  expect(edit.status).toBe(200);
  const flag = (segmentId: number) =>
    as('lin', 'reviewer')
      .post(`/api/articles/${id}/flags`)
      .send({ segmentId, category: 'accuracy/mistranslation', severity: 'major', note: 'check this' });
  const [r1, r2] = [await flag(rows[1].id), await flag(rows[2].id)];
  expect([r1.status, r2.status]).toEqual([201, 201]);
  const [f1, f2] = [r1.body.id, r2.body.id];
  expect(
    (await as('mei', 'translator').post(`/api/articles/${id}/flags/${f1}/comments`).send({ body: 'Fixed.' }))
      .status,
  ).toBe(201);
  expect(
    (await as('lin', 'reviewer').patch(`/api/articles/${id}/flags/${f1}`).send({ status: 'accepted' }))
      .status,
  ).toBe(200);
  expect(
    (
      await as('lin', 'reviewer')
        .patch(`/api/articles/${id}/flags/${f2}`)
        .send({ status: 'dismissed', reason: 'fine' })
    ).status,
  ).toBe(200);
  const merge = await as('mei', 'translator')
    .post(`/api/articles/${id}/alignment/edits`)
    .send({ op: 'merge', segmentId: rows[1].id });
  expect(merge.status).toBe(200);
  expect((await as('mei', 'translator').post(`/api/articles/${id}/alignment/undo`)).status).toBe(200);
  expect(
    (await as('mei', 'translator').patch(`/api/articles/${id}`).send({ status: 'in_review' })).status,
  ).toBe(200);
  for (const f of t.services.flags.list(id, { status: 'open', severity: 'critical' }))
    await as('zhang', 'chief')
      .patch(`/api/articles/${id}/flags/${f.id}`)
      .send({ status: 'dismissed', reason: 'no' });
  const approve = await as('zhang', 'chief').patch(`/api/articles/${id}`).send({ status: 'approved' });
  expect(approve.status).toBe(200);
  expect((await as('zhang', 'chief').get(`/api/articles/${id}/export?format=txt`)).status).toBe(200);
  return id;
}

describe('the audit trail over HTTP', () => {
  it('names the account of every import, edit, flag action, realignment, status change and final export', async () => {
    const id = await workedArticle();
    const mine = entries().filter((e) => e.article_id === id);
    const who = (action: string) => mine.filter((e) => e.action === action).map((e) => `${e.actor}/${e.via}`);
    expect(who('import')).toEqual(['mei/api']);
    expect(who('edit')).toEqual(['mei/api']);
    expect(who('flag')).toEqual(['lin/api', 'lin/api']);
    expect(who('comment')).toEqual(['mei/api']);
    expect(mine.filter((e) => e.action === 'flag_status' && e.actor === 'lin')).toHaveLength(2);
    expect(who('realign_merge')).toEqual(['mei/api']);
    expect(who('realign_undo')).toEqual(['mei/api']);
    expect(who('status')).toEqual(['mei/api', 'zhang/api']);
    expect(who('export')).toEqual(['zhang/api']);
    for (const e of mine.filter((e) => e.actor !== 'system')) expect(e.user_id).toBe(userId(e.actor));
  });

  it('names the account of glossary changes', async () => {
    const made = await as('zhang', 'chief')
      .post('/api/glossary')
      .send({ zh: '外长', en: 'foreign minister' });
    expect(made.status).toBe(201);
    await as('zhang', 'chief').patch(`/api/glossary/${made.body.id}`).send({ note: 'house style' });
    await as('zhang', 'chief').delete(`/api/glossary/${made.body.id}`);
    const g = entries().filter((e) => e.entity === 'glossary_term');
    expect(g.map((e) => [e.action, e.actor, e.user_id])).toEqual([
      ['create', 'zhang', userId('zhang')],
      ['update', 'zhang', userId('zhang')],
      ['delete', 'zhang', userId('zhang')],
    ]);
  });

  it('records logins, failed logins, logouts and token actions of the browser session', async () => {
    await t.services.accounts.create(
      { login: 'mei', role: 'translator', password: PASSWORD },
      cliActor('root'),
    );
    const b = browser();
    expect((await logIn(t.app, b, 'mei', 'wrong password')).status).toBe(401);
    expect((await logIn(t.app, b, 'nobody', 'wrong password')).status).toBe(401);
    expect((await logIn(t.app, b, 'mei', PASSWORD)).status).toBe(303);
    const page = await visit(t.app, b, '/settings?lang=en');
    const made = await submit(t.app, b, '/settings/tokens', { _csrf: formToken(page.text), label: 'ci' });
    expect(made.status).toBe(201);
    const tokenId = t.services.tokens.list(userId('mei'))[0].id;
    await submit(t.app, b, `/settings/tokens/${tokenId}/revoke`, { _csrf: formToken(made.text) });
    const again = await visit(t.app, b, '/settings');
    await submit(t.app, b, '/logout', { _csrf: formToken(again.text) });
    const mei = userId('mei');
    expect(entries().map((e) => [e.action, e.actor, e.user_id, e.via])).toEqual([
      ['user_add', 'root', null, 'cli'],
      ['login_failed', 'mei', mei, 'web'],
      ['login_failed', 'nobody', null, 'web'],
      ['login', 'mei', mei, 'web'],
      ['token_create', 'mei', mei, 'web'],
      ['token_revoke', 'mei', mei, 'web'],
      ['logout', 'mei', mei, 'web'],
    ]);
  });
});

describe('GET /articles/:id/activity', () => {
  it('lists what happened to the article, newest first, with names and translated actions', async () => {
    const id = await workedArticle();
    const page = await as('mei', 'translator').get(`/articles/${id}/activity?lang=en`);
    expect(page.status).toBe(200);
    const actions = [...page.text.matchAll(/data-activity="([^"]+)"/g)].map((m) => m[1]);
    expect(actions[0]).toBe('export');
    expect(actions.at(-1)).toBe('import');
    expect(page.text).toContain('Final text exported');
    expect(page.text).toContain('Rows merged');
    expect(page.text).toMatch(/<td class="who who-account" title="lin">lin<\/td>\s*<td>Flag raised<\/td>/);
    const zh = await as('mei', 'translator').get(`/articles/${id}/activity?lang=zh-CN`);
    expect(zh.text).toContain('导出定稿');
    expect(zh.text).toContain('本文的操作记录');
  });

  it('filters by person, action and day, and refuses a backwards range with a message', async () => {
    const id = await workedArticle();
    const actionsOf = (html: string) => [...html.matchAll(/data-activity="([^"]+)"/g)].map((m) => m[1]);
    const lin = await as('mei', 'translator').get(`/articles/${id}/activity?user=lin`);
    expect(new Set(actionsOf(lin.text))).toEqual(new Set(['flag', 'flag_status', 'triage']));
    const flags = await as('mei', 'translator').get(`/articles/${id}/activity?action=flag`);
    expect(actionsOf(flags.text)).toEqual(['flag', 'flag']);
    const today = new Date().toISOString().slice(0, 10);
    const day = await as('mei', 'translator').get(`/articles/${id}/activity?from=${today}&to=${today}`);
    expect(actionsOf(day.text)).toEqual(
      actionsOf((await as('mei', 'translator').get(`/articles/${id}/activity`)).text),
    );
    const old = await as('mei', 'translator').get(`/articles/${id}/activity?to=2001-01-01`);
    expect(actionsOf(old.text)).toEqual([]);
    const bad = await as('mei', 'translator').get(
      `/articles/${id}/activity?from=2026-05-02&to=2026-05-01&lang=en`,
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('The start day comes after the end day.');
    const nonsense = await as('mei', 'translator').get(`/articles/${id}/activity?from=2026-02-30`);
    expect(nonsense.status).toBe(400);
    expect((await as('mei', 'translator').get('/articles/999/activity')).status).toBe(404);
  });
});

describe('GET /admin/activity', () => {
  it('is for chiefs and administrators only', async () => {
    expect((await as('mei', 'translator').get('/admin/activity')).status).toBe(403);
    expect((await as('lin', 'reviewer').get('/admin/activity')).status).toBe(403);
    expect((await as('zhang', 'chief').get('/admin/activity')).status).toBe(200);
    expect((await supertest(t.app).get('/admin/activity')).status).toBe(303);
    const nav = await as('zhang', 'chief').get('/articles?lang=en');
    expect(nav.text).toContain('<a href="/admin/activity">Activity</a>');
    expect((await as('mei', 'translator').get('/articles')).text).not.toContain('href="/admin/activity"');
  });

  it('pages the desk-wide trail and filters it by article', async () => {
    const id = await workedArticle();
    for (let i = 0; i < 60; i++)
      t.services.glossary.create({ zh: `术语${i}`, en: `term ${i}` }, cliActor('root'));
    const all = entries().length;
    const first = await as('zhang', 'chief').get('/admin/activity?lang=en');
    expect(first.text).toContain(`Entries: ${all}`);
    expect([...first.text.matchAll(/data-activity=/g)]).toHaveLength(50);
    expect(first.text).toContain('rel="next" href="/admin/activity?page=2"');
    expect(first.text).toContain('root (command line)');
    const second = await as('zhang', 'chief').get('/admin/activity?page=2');
    expect([...second.text.matchAll(/data-activity=/g)]).toHaveLength(all - 50);
    const one = await as('zhang', 'chief').get(`/admin/activity?article=${id}&action=status`);
    expect([...one.text.matchAll(/data-activity="status"/g)]).toHaveLength(2);
    expect([...one.text.matchAll(/data-activity=/g)]).toHaveLength(2);
  });

  it('finds a person by display name as well as by login, and suggests both', async () => {
    const id = await workedArticle();
    t.db.prepare("UPDATE users SET display_name = 'Lin Hua' WHERE login = 'lin'").run();
    const actionsOf = (html: string) => [...html.matchAll(/data-activity="([^"]+)"/g)].map((m) => m[1]);
    const byLogin = await as('zhang', 'chief').get(`/admin/activity?article=${id}&user=lin`);
    const byName = await as('zhang', 'chief').get(
      `/admin/activity?article=${id}&user=${encodeURIComponent('lin hua')}`,
    );
    expect(actionsOf(byName.text)).toEqual(actionsOf(byLogin.text));
    expect(actionsOf(byName.text).length).toBeGreaterThan(0);
    expect(byName.text).toContain('<option value="lin" label="Lin Hua">');
    // Two accounts with one display name: the name alone says nobody in particular.
    t.db.prepare("UPDATE users SET display_name = 'Lin Hua' WHERE login = 'mei'").run();
    const both = await as('zhang', 'chief').get(`/admin/activity?article=${id}&user=Lin%20Hua`);
    expect(actionsOf(both.text)).toEqual([]);
  });
});
