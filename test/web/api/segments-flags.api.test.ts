import { request } from '../../helpers/auth';
import { appFor, demoText, makeDesk, type TestDesk } from '../../helpers/services';

describe('/api/articles/:id/segments and /flags', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let article: { id: number; segments: { id: number; en: string; version: number }[] };
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    const res = await request(app)
      .post('/api/articles')
      .send({ zh: demoText('visit', 'zh'), en: demoText('visit', 'en') });
    article = res.body;
  });
  afterEach(() => desk.close());

  it('PUT saves a revision, GET revisions lists it with a diff', async () => {
    const seg = article.segments[1];
    const text = seg.en.replace('four-day', 'three-day');
    const put = await request(app, { login: 'lin' })
      .put(`/api/articles/${article.id}/segments/${seg.id}`)
      .send({ en: text, version: seg.version });
    expect(put.status).toBe(200);
    expect(put.body.diff).toEqual(
      expect.arrayContaining([
        { op: 'del', text: 'four' },
        { op: 'ins', text: 'three' },
      ]),
    );
    const history = await request(app).get(`/api/articles/${article.id}/segments/${seg.id}/revisions`);
    expect(history.body.revisions[0]).toMatchObject({ author: 'lin', text });
    const stale = await request(app)
      .put(`/api/articles/${article.id}/segments/${seg.id}`)
      .send({ en: 'older', version: seg.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
  });

  it('PUT rejects a malformed body with a 400 naming the field', async () => {
    const seg = article.segments[1];
    const res = await request(app).put(`/api/articles/${article.id}/segments/${seg.id}`).send({ en: 42 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_field', params: { field: 'en' } });
  });

  it('POST flags, GET filters, PATCH changes status, comments thread', async () => {
    const seg = article.segments[4];
    const created = await request(app).post(`/api/articles/${article.id}/flags`).send({
      segmentId: seg.id,
      category: 'accuracy/mistranslation',
      severity: 'critical',
      note: '不太可能 is unlikely',
    });
    expect(created.status).toBe(201);
    const list = await request(app).get(`/api/articles/${article.id}/flags?origin=person&severity=critical`);
    expect(list.body.map((f: { id: number }) => f.id)).toEqual([created.body.id]);
    const patched = await request(app)
      .patch(`/api/articles/${article.id}/flags/${created.body.id}`)
      .send({ status: 'resolved' });
    expect(patched.body.status).toBe('resolved');
    const comment = await request(app)
      .post(`/api/articles/${article.id}/flags/${created.body.id}/comments`)
      .send({ body: 'Fixed in r2.' });
    expect(comment.status).toBe(201);
    expect(comment.body.comments).toHaveLength(1);
    const missing = await request(app)
      .patch(`/api/articles/${article.id}/flags/99999`)
      .send({ status: 'open' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('flag_not_found');
  });

  it('exports the corrected English as txt and md, and the pairs as tsv', async () => {
    const seg = article.segments[1];
    await request(app)
      .put(`/api/articles/${article.id}/segments/${seg.id}`)
      .send({ en: seg.en.replace('four-day', 'three-day'), version: seg.version });
    const txt = await request(app).get(`/api/articles/${article.id}/export?format=txt`);
    expect(txt.status).toBe(200);
    expect(txt.headers['content-disposition']).toMatch(
      /^attachment; filename="?duizhao-\d+-indonesian-[\w-]+\.txt"?$/,
    );
    expect(txt.text.split('\n')[0]).toBe(
      "Indonesian President's Australia visit set to resolve defence disputes",
    );
    expect(txt.text).toContain('three-day state visit');
    expect(txt.text).not.toContain('four-day');
    const md = await request(app).get(`/api/articles/${article.id}/export?format=md`);
    expect(md.text.startsWith('# Indonesian President')).toBe(true);
    const tsv = await request(app).get(`/api/articles/${article.id}/export?format=tsv`);
    expect(tsv.text).toContain('印尼总统访澳');
    expect(tsv.text).toContain('\t');
    const bad = await request(app).get(`/api/articles/${article.id}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('unknown_format');
  });

  it('keeps hostile content as data in JSON and exports', async () => {
    const seg = article.segments[2];
    const evil = '<script>alert("x")</script>';
    await request(app)
      .put(`/api/articles/${article.id}/segments/${seg.id}`)
      .send({ en: evil, version: seg.version });
    const html = await request(app).get(`/api/articles/${article.id}/export?format=html`);
    expect(html.text).not.toContain(evil);
    expect(html.text).toContain('&lt;script&gt;');
  });
});
