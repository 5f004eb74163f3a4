// The sign-off rule over HTTP: the JSON API, the article page's forms and the list page agree.
import { request } from '../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('sign-off over HTTP', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const openCritical = () =>
    desk.services.flags.list(id, { severity: 'critical' }).filter((f) => f.status === 'open').length;

  it('PATCH /api/articles/:id refuses approval with 409 approval_blocked, accepts it with a reason', async () => {
    const refused = await request(app)
      .patch(`/api/articles/${id}`)
      .set('Accept-Language', 'en')
      .send({ status: 'approved' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'approval_blocked', params: { count: openCritical() } });
    expect(refused.body.error.message).toContain('approving needs a reason');
    const ok = await request(app, { login: 'chief', role: 'chief' })
      .patch(`/api/articles/${id}`)
      .send({ status: 'approved', overrideReason: 'Ran as corrected by the wire.' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    expect(ok.body.signOff).toMatchObject({
      approvedBy: 'chief',
      overrideReason: 'Ran as corrected by the wire.',
    });
    const tooLong = await request(app)
      .patch(`/api/articles/${id}`)
      .send({ status: 'approved', overrideReason: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
  });

  it('the article page shows the panel; a refused approval opens the reason form with the message', async () => {
    const page = await request(app).get(`/articles/${id}?lang=en`);
    expect(page.text).toContain('id="quality"');
    expect(page.text).toContain(`critical ${openCritical()}`);
    expect(page.text).toContain('provisional:');
    expect(page.text).toContain('Approval held back');

    const refused = await request(app)
      .post(`/articles/${id}/status?lang=en`)
      .type('form')
      .send({ status: 'approved' });
    expect(refused.status).toBe(409);
    expect(refused.text).toMatch(/<details class="override" open>/);
    expect(refused.text).toContain('approving needs a reason');
    expect(desk.services.articles.get(id).status).toBe('draft');

    const zh = await request(app)
      .post(`/articles/${id}/status?lang=zh-CN`)
      .type('form')
      .send({ status: 'approved' });
    expect(zh.text).toContain('批准须填写理由');

    const ok = await request(app, { login: 'chief', role: 'chief' })
      .post(`/articles/${id}/status`)
      .type('form')
      .send({ status: 'approved', overrideReason: 'Corrections run tomorrow.' });
    expect(ok.status).toBe(303);
    const after = await request(app).get(`/articles/${id}?lang=en`);
    expect(after.text).toContain('Approved by chief');
    expect(after.text).toContain('Corrections run tomorrow.');
  });

  it('the list page shows the same state: held back, then approved over critical flags', async () => {
    const before = await request(app).get('/articles?lang=en');
    expect(before.text).toContain(`approval held back: ${openCritical()} critical`);
    desk.services.articles.setStatus(id, 'approved', 'chief', 'Corrections run tomorrow.');
    const after = await request(app).get('/articles?lang=en');
    expect(after.text).not.toContain('approval held back');
    expect(after.text).toContain(`over ${openCritical()} critical, with a reason`);
    expect(after.text).toContain('title="Corrections run tomorrow."');
  });
});
