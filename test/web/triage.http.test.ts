// Triage over HTTP: the JSON API (filters checked, bulk, recurring, undo) and triage mode's pages.
import fs from 'node:fs';
import path from 'node:path';
import { FLAG_FILTERS } from '../../server/web/api/flags.routes';
import { request } from '../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('triage over HTTP', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const open = () => desk.services.flags.list(id).filter((f) => f.status === 'open');

  it('GET /api/articles/:id/flags refuses unknown filter values with 400 and the accepted values', async () => {
    const res = await request(app)
      .get(`/api/articles/${id}/flags?origin=reviewer`)
      .set('Accept-Language', 'en');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'invalid_value',
      params: { field: 'origin', value: 'reviewer', accepted: 'person, check' },
    });
    expect(res.body.error.message).toBe('“reviewer” is not a valid origin; accepted values: person, check.');
    for (const q of ['status=closed', 'severity=blocker', 'category=vibes', 'type=typo']) {
      const bad = await request(app).get(`/api/articles/${id}/flags?${q}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('invalid_value');
    }
    const ok = await request(app).get(`/api/articles/${id}/flags?origin=check&status=open`);
    expect(ok.status).toBe(200);
    expect(ok.body.length).toBe(open().length);
  });

  it('documents every accepted filter value in the README', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const para = readme.slice(readme.indexOf('Flag filter values:'), readme.indexOf('Error codes include'));
    for (const [field, values] of Object.entries(FLAG_FILTERS)) {
      const listed = para.slice(para.indexOf(`\`${field}\` —`)).split(';')[0];
      expect([field, values.filter((v) => !listed.includes(`\`${v}\``))]).toEqual([field, []]);
    }
  });

  it('bulk, recurring and undo through the API, each answered with what changed', async () => {
    const before = open().length;
    const bulk = await request(app, { login: 'lee' })
      .post(`/api/articles/${id}/flags/bulk`)
      .send({ status: 'dismissed', severity: 'minor', reason: 'style only' });
    expect(bulk.status).toBe(200);
    expect(bulk.body.changed).toBeGreaterThan(0);
    expect(open().length).toBe(before - bulk.body.changed);
    const badType = await request(app)
      .post(`/api/articles/${id}/flags/bulk`)
      .send({ status: 'dismissed', type: 'x' });
    expect(badType.status).toBe(400);
    expect(badType.body.error.code).toBe('invalid_value');

    const history = await request(app).get(`/api/articles/${id}/triage/history`);
    expect(history.body[0]).toMatchObject({ kind: 'bulk', actor: 'lee', status: 'dismissed', undone: false });

    const undo = await request(app, { login: 'lee' }).post(`/api/articles/${id}/triage/undo`);
    expect(undo.status).toBe(200);
    expect(undo.body.restored.length).toBe(bulk.body.changed);
    expect(open().length).toBe(before);
    const again = await request(app).post(`/api/articles/${id}/triage/undo`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('no_triage_to_undo');

    const f = open()[0];
    const counts = await request(app).get(`/api/articles/${id}/flags/${f.id}/recurrences`);
    expect(counts.body).toEqual({ here: 1, elsewhere: 0, articles: 0 });
    const rec = await request(app)
      .post(`/api/articles/${id}/flags/${f.id}/recurring`)
      .send({ scope: 'article' });
    expect(rec.body).toMatchObject({ changed: 1, articles: 1 });
    const patch = await request(app)
      .patch(`/api/articles/${id}/flags/${open()[0].id}`)
      .send({ status: 'dismissed', reason: 'not an error' });
    expect(patch.body).toMatchObject({ status: 'dismissed', statusReason: 'not an error' });
  });

  it('triage mode shows one open flag with its row in context; a decision moves on to the next', async () => {
    const queue = open();
    const page = await request(app).get(`/articles/${id}/triage?lang=en`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Flag 1 of ${queue.length}`);
    expect(page.text).toContain(`id="flag-${queue[0].id}"`);
    expect(page.text).toContain('<mark class="evidence">');
    expect(page.text).toContain('aria-keyshortcuts="a"');

    const res = await request(app)
      .post(`/articles/${id}/flags/${queue[0].id}/status`)
      .type('form')
      .send({ status: 'dismissed', return: 'triage', at: String(queue[0].id) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}/triage?at=${queue[0].id}`);
    const next = await request(app).get(`${res.headers.location}&lang=en`);
    expect(next.text).toContain(`Flag 1 of ${queue.length - 1}`);
    expect(next.text).toContain(`id="flag-${queue[1].id}"`);
    expect(next.text).toContain('Undo: Dismissed (1)');

    const bad = await request(app).get(`/articles/${id}/triage?severity=blocker`);
    expect(bad.status).toBe(400);
  });

  it('bulk and undo forms come back to triage with a notice; errors are shown there in words', async () => {
    const before = open().length;
    const res = await request(app).post(`/articles/${id}/flags/bulk`).type('form').send({
      status: 'dismissed',
      type: '',
      severity: 'critical',
      origin: '',
      fromRow: '',
      toRow: '',
      return: 'triage',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(
      new RegExp(`^/articles/${id}/triage\\?notice=triage_done&count=\\d+$`),
    );
    const page = await request(app).get(`${res.headers.location}&lang=en`);
    expect(page.text).toMatch(/Done: flags changed: \d+\. Undo puts them back\./);

    const none = await request(app)
      .post(`/articles/${id}/flags/bulk?lang=zh-CN`)
      .type('form')
      .send({ status: 'dismissed', return: 'triage' });
    expect(none.status).toBe(400);
    expect(none.text).toContain('请至少选择类型、严重程度、来源或行范围之一。');

    const undo = await request(app)
      .post(`/articles/${id}/triage/undo`)
      .type('form')
      .send({ return: 'triage' });
    expect(undo.status).toBe(303);
    expect(open().length).toBe(before);
    const fromArticle = await request(app).post(`/articles/${id}/triage/undo?lang=en`).type('form').send({});
    expect(fromArticle.status).toBe(409);
    expect(fromArticle.text).toContain('There is no triage action to undo on this article.');
  });
});
