// Requests of the wrong shape get a 4xx with a stable code, never a 500 (issue 10, defect 5, 9, 13).
import { request } from '../../helpers/auth';
import { appFor, demoText, makeDesk, type TestDesk } from '../../helpers/services';

describe('bodies the import routes cannot read', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeAll(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterAll(() => desk.close());

  it.each(['/api/articles', '/api/articles/preview'])(
    'POST %s with no body is empty_text (400)',
    async (url) => {
      const res = await request(app).post(url);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('empty_text');
    },
  );

  it.each([
    ['/api/articles', 'text/plain'],
    ['/api/articles/preview', 'application/xml'],
    ['/api/articles', 'application/octet-stream'],
  ])('POST %s with a %s body is unsupported_media_type (415)', async (url, type) => {
    const res = await request(app).post(url).set('Content-Type', type).send('zh=中文&en=English');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    expect(res.body.error.message).toContain('JSON');
  });

  it.each([
    ['no boundary', 'multipart/form-data', 'zh=x'],
    [
      'a NUL in a part header',
      'multipart/form-data; boundary=XX',
      '--XX\r\nContent-Disposition: form-data; na\u0000me="zh"\r\n\r\n中文\r\n--XX--\r\n',
    ],
  ])('a multipart upload with %s is malformed_upload (400)', async (_name, type, body) => {
    for (const url of ['/api/articles', '/api/articles/preview', '/api/glossary/import']) {
      const res = await request(app).post(url).set('Content-Type', type).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('malformed_upload');
    }
  });

  it('a truncated multipart form is malformed_upload (400)', async () => {
    const res = await request(app)
      .post('/api/articles')
      .set('Content-Type', 'multipart/form-data; boundary=XX')
      .send('--XX\r\nContent-Disposition: form-data; name="zhFile"; filename="a.txt"\r\n\r\n中文');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_upload');
  });

  it('the import page shows a malformed upload as a form error, not a 500', async () => {
    const res = await request(app)
      .post('/articles')
      .set('Content-Type', 'multipart/form-data')
      .set('Accept', 'text/html')
      .send('zh=x');
    expect(res.status).toBe(400);
    expect(res.text).toContain('multipart');
  });
});

describe('search queries with control characters', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeAll(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterAll(() => desk.close());

  it('GET /api/search?q=%00ab is search_invalid_query (400)', async () => {
    const res = await request(app).get('/api/search?q=%00ab');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('search_invalid_query');
  });

  it('the search page answers 400 with the message beside the form', async () => {
    const res = await request(app).get('/search?q=ab%00c').set('Accept', 'text/html');
    expect(res.status).toBe(400);
    expect(res.text).toContain('control characters');
  });
});

describe('lone surrogates', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeAll(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterAll(() => desk.close());

  it('a save with a lone surrogate is malformed_text (400) and the row keeps its text', async () => {
    const created = await request(app)
      .post('/api/articles')
      .send({ zh: demoText('flood', 'zh'), en: demoText('flood', 'en') });
    const seg = created.body.segments[1];
    // JSON.stringify escapes a lone surrogate as \ud800, exactly what a hostile client sends
    const res = await request(app)
      .put(`/api/articles/${created.body.id}/segments/${seg.id}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ en: 'x\ud800y', version: seg.version }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_text');
    const after = await request(app).get(`/api/articles/${created.body.id}/segments/${seg.id}`);
    expect(after.body.en).toBe(seg.en);
    expect(after.body.version).toBe(seg.version);
  });

  it('a proper surrogate pair (an emoji) is stored faithfully', async () => {
    const created = await request(app)
      .post('/api/articles')
      .send({ zh: demoText('jetliner', 'zh'), en: demoText('jetliner', 'en') });
    const seg = created.body.segments[1];
    const res = await request(app)
      .put(`/api/articles/${created.body.id}/segments/${seg.id}`)
      .send({ en: 'Rain 🌧 fell.', version: seg.version });
    expect(res.status).toBe(200);
    expect(res.body.en).toBe('Rain 🌧 fell.');
  });
});

describe('importing the same two texts again', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeAll(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterAll(() => desk.close());
  const texts = { zh: demoText('visit', 'zh'), en: demoText('visit', 'en') };

  it('the API answers 409 duplicate_article naming the existing one; allowDuplicate imports anyway', async () => {
    const first = await request(app).post('/api/articles').send(texts);
    expect(first.status).toBe(201);
    const again = await request(app).post('/api/articles').send(texts);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'duplicate_article', params: { id: first.body.id } });
    expect((await request(app).get('/api/articles')).body.total).toBe(1);
    const forced = await request(app)
      .post('/api/articles')
      .send({ ...texts, allowDuplicate: true });
    expect(forced.status).toBe(201);
    expect(forced.body.id).not.toBe(first.body.id);
  });

  it('the form warns with a link to the existing article and a button to import again', async () => {
    const existing = (await request(app).get('/api/articles')).body.items.at(-1).id;
    const form = { zhText: texts.zh, enText: texts.en, intent: 'create' };
    const res = await request(app).post('/articles').type('form').send(form);
    expect(res.status).toBe(409);
    expect(res.text).toContain(`href="/articles/${existing}"`);
    expect(res.text).toContain('value="create-duplicate"');
    const forced = await request(app)
      .post('/articles')
      .type('form')
      .send({ ...form, intent: 'create-duplicate' });
    expect(forced.status).toBe(303);
  });
});
