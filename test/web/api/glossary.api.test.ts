import { request } from '../../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../../helpers/services';

describe('/api/glossary', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeEach(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterEach(() => desk.close());

  const add = (body: object) => request(app, { login: 'mei' }).post('/api/glossary').send(body);

  it('POST adds a term, GET reads it, PATCH changes it, DELETE removes it', async () => {
    const created = await add({ zh: '堪培拉', en: 'Canberra', variants: ['the capital'], note: 'city' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/api/glossary/${created.body.id}`);
    expect(created.body).toMatchObject({
      zh: '堪培拉',
      en: 'Canberra',
      variants: ['the capital'],
      note: 'city',
    });

    const got = await request(app).get(`/api/glossary/${created.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);

    const patched = await request(app)
      .patch(`/api/glossary/${created.body.id}`)
      .send({ variants: 'Canberra ACT | the capital' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      en: 'Canberra',
      variants: ['Canberra ACT', 'the capital'],
      note: 'city',
    });

    expect((await request(app).delete(`/api/glossary/${created.body.id}`)).status).toBe(204);
    const gone = await request(app).get(`/api/glossary/${created.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('glossary_term_not_found');
    expect((await request(app).get('/api/glossary/abc')).status).toBe(404);
  });

  it('answers 400/409 with stable codes and translated messages', async () => {
    const empty = await add({ zh: ' ', en: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'glossary_empty_term', params: { lang: 'zh' } });
    expect(empty.body.error.message).toContain('Chinese');

    const zh = await request(app)
      .post('/api/glossary')
      .set('Accept-Language', 'zh-CN')
      .send({ zh: '中', en: 'x'.repeat(201) });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('glossary_en_too_long');
    expect(zh.body.error.message).toMatch(/\p{Script=Han}/u);
    expect(zh.body.error.message).toContain('200');

    const missing = await add({ zh: '中' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'invalid_field', params: { field: 'en' } });

    await add({ zh: '中国', en: 'China' });
    const dup = await add({ zh: '中国', en: 'China' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('glossary_duplicate');
    expect(dup.body.error.message).toContain('中国');
  });

  it('GET lists with search and paging', async () => {
    for (const [zh, en] of [
      ['国务院', 'State Council'],
      ['外交部', 'Foreign Ministry'],
      ['商务部', 'Ministry of Commerce'],
    ])
      await add({ zh, en });
    const all = await request(app).get('/api/glossary?pageSize=2&page=2');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, pages: 2, page: 2, pageSize: 2 });
    const found = await request(app).get(`/api/glossary?q=${encodeURIComponent('ministry')}`);
    expect(found.body.items.map((t: { zh: string }) => t.zh).sort()).toEqual(['商务部', '外交部']);
  });

  it('imports an uploaded file and pasted text, and exports CSV and TSV', async () => {
    const upload = await request(app)
      .post('/api/glossary/import')
      .attach(
        'file',
        Buffer.from('zh\ten\tvariants\n国务院\tState Council\tCabinet\n\tnothing\t\n'),
        'g.tsv',
      );
    expect(upload.status).toBe(200);
    expect(upload.body).toMatchObject({ format: 'tsv', added: 1, updated: 0, unchanged: 0 });
    expect(upload.body.skipped).toEqual([
      { line: 3, zh: '', en: 'nothing', code: 'glossary_empty_term', params: { lang: 'zh' } },
    ]);

    const pasted = await request(app)
      .post('/api/glossary/import')
      .send({ text: '国务院,State Council,Cabinet;State Council of China\n', format: 'csv' });
    expect(pasted.body).toMatchObject({ format: 'csv', added: 0, updated: 1 });

    const csv = await request(app).get('/api/glossary/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('glossary.csv');
    expect(csv.text).toContain('国务院,State Council,Cabinet; State Council of China,');

    const tsv = await request(app).get('/api/glossary/export?format=tsv');
    expect(tsv.headers['content-type']).toMatch(/^text\/tab-separated-values/);
    expect(tsv.text.split('\n')[0]).toBe('zh\ten\tvariants\tnote');

    expect((await request(app).get('/api/glossary/export?format=xlsx')).status).toBe(400);
    const bad = await request(app).post('/api/glossary/import').send({ text: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('glossary_empty_file');
  });

  it('makes the checks use the glossary on the next run', async () => {
    const id = await importDemo(desk.services, 'visit');
    await add({ zh: '堪培拉', en: 'the Australian capital' });
    const checks = await request(app).post(`/api/articles/${id}/checks`);
    expect(checks.status).toBe(200);
    const article = await request(app).get(`/api/articles/${id}`);
    const terminology = article.body.flags.filter((f: { type: string }) => f.type === 'terminology');
    expect(terminology).toHaveLength(1);
    expect(terminology[0]).toMatchObject({ status: 'open', suggestion: 'the Australian capital' });
  });
});
