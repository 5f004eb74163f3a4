import { request } from '../../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../../helpers/services';

describe('GET /api/search', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeEach(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterEach(() => desk.close());

  it('returns matching rows grouped by article, with row links and marked snippets', async () => {
    const id = await importDemo(desk.services, 'visit');
    const res = await request(app).get(`/api/search?q=${encodeURIComponent('Canberra')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      q: 'Canberra',
      total: 1,
      articles: 1,
      page: 1,
      pages: 1,
      capped: false,
      next: null,
    });
    const hit = res.body.groups[0].hits[0];
    expect(res.body.groups[0].articleId).toBe(id);
    expect(hit.url).toBe(`/articles/${id}#row-${hit.row}`);
    const en = hit.snippets.find((s: { field: string }) => s.field === 'en');
    // the marked text once, as HTML (no second list of its pieces)
    expect(en).toEqual({
      field: 'en',
      matched: true,
      html: expect.stringContaining('<mark>Canberra</mark>'),
    });
  });

  it('finds two-character Chinese and pages', async () => {
    await importDemo(desk.services, 'visit');
    const short = await request(app).get(`/api/search?q=${encodeURIComponent('堪培')}`);
    expect(short.body).toMatchObject({ total: 1 });
    const paged = await request(app).get('/api/search?q=the&pageSize=1&page=2');
    expect(paged.status).toBe(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.body.groups[0].hits).toHaveLength(1);
    const next = await request(app).get(`/api/search?q=the&pageSize=1&page=3&after=${paged.body.next}`);
    expect(next.body).toMatchObject({ page: 3, pageSize: 1 });
    expect(next.body.groups[0].hits[0].segmentId).toBeLessThan(paged.body.groups[0].hits[0].segmentId);
  });

  it('escapes hostile queries in the snippet HTML', async () => {
    const id = await importDemo(desk.services, 'visit');
    const seg = desk.services.articles.get(id).segments[1];
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: seg.id,
      text: `${seg.en} <script>alert(1)</script>`,
      author: 'ed',
    });
    const res = await request(app).get(`/api/search?q=${encodeURIComponent('<script>')}`);
    expect(res.body.total).toBe(1);
    const html = res.body.groups[0].hits[0].snippets.find((s: { field: string }) => s.field === 'en').html;
    expect(html).toContain('<mark>&lt;script&gt;</mark>alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('answers stable codes for an empty, over-long or malformed query', async () => {
    const empty = await request(app).get('/api/search?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('search_empty_query');
    const none = await request(app).get('/api/search');
    expect(none.body.error.code).toBe('search_empty_query');
    const long = await request(app)
      .get(`/api/search?q=${'x'.repeat(201)}`)
      .set('Accept-Language', 'zh-CN');
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('search_query_too_long');
    expect(long.body.error.message).toMatch(/\p{Script=Han}/u);
    const badPage = await request(app).get('/api/search?q=abc&page=x');
    expect(badPage.status).toBe(400);
    expect(badPage.body.error.code).toBe('invalid_field');
    const twice = await request(app).get('/api/search?q=a&q=b');
    expect(twice.status).toBe(400);
  });
});
