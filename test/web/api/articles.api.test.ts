import { request } from '../../helpers/auth';
import { appFor, demoText, makeDesk, type TestDesk } from '../../helpers/services';

describe('/api/articles', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeEach(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterEach(() => desk.close());

  const create = (zh = demoText('visit', 'zh'), en = demoText('visit', 'en')) =>
    request(app, { login: 'mei' }).post('/api/articles').send({ zh, en });

  it('POST creates an article from pasted texts and returns it', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/articles/${res.body.id}`);
    expect(res.body.segments[0]).toMatchObject({ position: 0, kind: 'headline' });
    expect(res.body.titleZh).toContain('印尼总统访澳');
  });

  it('POST accepts uploaded files, GB18030 and UTF-16 included', async () => {
    const iconv = await import('iconv-lite');
    const res = await request(app)
      .post('/api/articles')
      .attach('zhFile', iconv.encode(demoText('flood', 'zh'), 'gb18030'), 'flood.zh.txt')
      .attach('enFile', iconv.encode(demoText('flood', 'en'), 'utf16-le', { addBOM: true }), 'flood.en.txt');
    expect(res.status).toBe(201);
    expect(res.body.titleZh).toBe('广西暴雨致多地内涝 逾两万人紧急转移');
    expect(res.body.titleEn).toBe('Heavy rain floods parts of Guangxi, more than 20,000 people evacuated');
  });

  it('GET lists newest first with paging', async () => {
    await create();
    await create(demoText('jetliner', 'zh'), demoText('jetliner', 'en'));
    const res = await request(app).get('/api/articles?pageSize=1&page=2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 2, pageSize: 1, total: 2, pages: 2 });
    expect(res.body.items[0].titleEn).toContain('Indonesian President');
  });

  it('answers stable error codes for bad input, in the requested language', async () => {
    const empty = await request(app).post('/api/articles').send({ zh: '', en: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('empty_text');
    expect(empty.body.error.message).not.toBe('errors.empty_text');

    const zh = await request(app)
      .post('/api/articles')
      .set('Accept-Language', 'zh-CN')
      .send({ zh: '', en: 'x' });
    expect(zh.body.error.message).toMatch(/\p{Script=Han}/u);

    const missing = await request(app).get('/api/articles/424242');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('article_not_found');

    const junkId = await request(app).get('/api/articles/abc');
    expect(junkId.status).toBe(404);

    const badJson = await request(app)
      .post('/api/articles')
      .set('Content-Type', 'application/json')
      .send('{"zh": ');
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('bad_json');
  });

  it('rejects a 20 MB paste with 413 and writes nothing', async () => {
    const huge = 'a'.repeat(20 * 1024 * 1024);
    const res = await request(app).post('/api/articles').send({ zh: '中文', en: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toMatch(/too_large/);
    expect((await request(app).get('/api/articles')).body.total).toBe(0);
  });

  it('rejects a binary file with a 4xx and a clear code', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.alloc(200, 0),
    ]);
    const res = await request(app)
      .post('/api/articles')
      .attach('zhFile', png, 'photo.txt')
      .field('en', 'Hello world.');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toMatch(/binary_file|unsupported_format/);
  });

  it('refuses a cross-origin form post', async () => {
    const res = await request(app)
      .post('/api/articles')
      .set('Origin', 'https://evil.example')
      .send({ zh: demoText('visit', 'zh'), en: demoText('visit', 'en') });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('cross_origin_request');
  });

  it('PATCH changes the status; DELETE removes the article', async () => {
    const { body } = await create();
    const patched = await request(app)
      .patch(`/api/articles/${body.id}`)
      .send({ status: 'approved', overrideReason: 'Checked by hand.' });
    expect(patched.body.status).toBe('approved');
    const bad = await request(app).patch(`/api/articles/${body.id}`).send({ status: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_status');
    expect((await request(app).delete(`/api/articles/${body.id}`)).status).toBe(204);
    expect((await request(app).get(`/api/articles/${body.id}`)).status).toBe(404);
  });

  it('attaches a second rendering and compares it row by row', async () => {
    const { body } = await create();
    const alt = demoText('visit', 'en').replace('four-day', 'three-day');
    const res = await request(app)
      .post(`/api/articles/${body.id}/renderings`)
      .send({ label: 'Original', en: alt });
    expect(res.status).toBe(201);
    const view = await request(app).get(`/api/articles/${body.id}?compare=${res.body.id}`);
    const row = view.body.segments.find((s: { en: string }) => s.en.includes('four-day'));
    expect(row.alternate.text).toContain('three-day');
  });
});
