import { request } from '../../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../../helpers/services';

describe('GET /search', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeEach(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterEach(() => desk.close());

  it('shows a labelled search form and no results before a query', async () => {
    const res = await request(app).get('/search');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<label for="search-q">');
    expect(res.text).toContain('role="search"');
    expect(res.text).not.toContain('Matching rows');
    expect(res.text).toMatch(/<a href="\/search" aria-current="page">Search<\/a>/);
  });

  it('lists matches grouped by article with the match marked and a link to the row', async () => {
    const visit = await importDemo(desk.services, 'visit');
    const flood = await importDemo(desk.services, 'flood');
    const res = await request(app).get(`/search?q=${encodeURIComponent('the')}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/Matching rows: \d+, in 2 articles/);
    expect(res.text.indexOf(`id="search-a${flood}"`)).toBeLessThan(res.text.indexOf(`id="search-a${visit}"`));
    expect(res.text).toContain('<mark>the</mark>');

    const one = await request(app).get(`/search?q=${encodeURIComponent('Canberra')}`);
    const row = desk.services.articles.get(visit).segments.find((s) => s.en.includes('Canberra'))!;
    expect(one.text).toContain(`href="/articles/${visit}#row-${row.position + 1}"`);
    expect(one.text).toContain('<mark>Canberra</mark>');
    expect(one.text).toContain('<title>Search: Canberra');
  });

  it('finds a two-character Chinese query and says so when nothing matches', async () => {
    await importDemo(desk.services, 'visit');
    const zh = await request(app).get(`/search?q=${encodeURIComponent('堪培')}&lang=zh-CN`);
    expect(zh.text).toContain('<mark>堪培</mark>');
    expect(zh.text).toContain('匹配的行：1');
    const none = await request(app).get(`/search?q=${encodeURIComponent('zzzqqq')}`);
    expect(none.status).toBe(200);
    expect(none.text).toContain('No row contains “zzzqqq”.');
  });

  it('pages through many matches', async () => {
    await importDemo(desk.services, 'visit');
    const total = desk.services.search.search({ q: 'the' }).total;
    expect(total).toBeGreaterThan(2);
    const res = await request(app).get('/search?q=the&pageSize=1&page=2');
    expect(res.text).toContain(`Page 2 of ${total}`);
    const next = desk.services.search.search({ q: 'the', pageSize: 1, page: 2 }).next;
    expect(res.text).toContain(`rel="next" href="/search?q=the&amp;pageSize=1&amp;page=3&amp;after=${next}"`);
    expect(res.text).toContain('rel="prev" href="/search?q=the&amp;pageSize=1&amp;page=1"');
  });

  it('renders hostile queries and article text as text, with only <mark> added', async () => {
    const id = await importDemo(desk.services, 'visit');
    const seg = desk.services.articles.get(id).segments[1];
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: seg.id,
      text: `${seg.en} <script>alert("x")</script><img src=x onerror=alert(1)>`,
      author: 'ed',
    });
    const res = await request(app).get(`/search?q=${encodeURIComponent('<script>alert("x")')}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).toContain('<mark>&lt;script&gt;alert(&quot;x&quot;)</mark>&lt;/script&gt;&lt;img src=x');
    expect(res.text).toContain('value="&lt;script&gt;alert(&#34;x&#34;)"');
  });

  it('shows an over-long query as a form error with a 400', async () => {
    const res = await request(app).get(`/search?q=${'x'.repeat(201)}`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('longer than 200 characters');
  });
});

describe('GET /search over more rows than it counts', () => {
  const desk = makeDesk();
  afterAll(() => desk.close());

  /** An article of `rows` body rows, stored directly (importing a thousand rows would check them all). */
  function storeArticle(title: string, rows: { zh: string; en: string }[]): void {
    const { id } = desk.db
      .prepare('INSERT INTO articles (title_zh, title_en) VALUES (?, ?) RETURNING id')
      .get(title, title) as { id: number };
    const insert = desk.db.prepare(
      "INSERT INTO segments (article_id, position, kind, zh, en_original, en) VALUES (?, ?, 'body', ?, ?, ?)",
    );
    desk.db.transaction(() => {
      for (const [i, r] of rows.entries()) insert.run(id, i, r.zh, r.en, r.en);
    })();
  }

  it('says "more than 1,000" and pages on by keyset', async () => {
    storeArticle(
      '经济',
      Array.from({ length: 1005 }, (_, i) => ({ zh: `经济第${i}行`, en: `economy ${i}` })),
    );
    const app = appFor(desk);
    const res = await request(app).get(`/search?q=${encodeURIComponent('经济')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('More than 1,000 matching rows');
    expect(res.text).toContain('Page 1<');
    const result = desk.services.search.search({ q: '经济' });
    expect(result).toMatchObject({ capped: true, total: 1000, pages: null });
    expect(res.text).toContain(
      `rel="next" href="/search?q=%E7%BB%8F%E6%B5%8E&amp;page=2&amp;after=${result.next}"`,
    );
    const zh = await request(app).get(`/search?q=${encodeURIComponent('经济')}&lang=zh-CN`);
    expect(zh.text).toContain('超过 1,000 行匹配');
  });

  it('says "about N" for a phrase whose candidate rows are more than it checks', async () => {
    // every row holds both words, every other row the phrase: 600 candidates, 300 matches
    storeArticle(
      '增长',
      Array.from({ length: 600 }, (_, i) => ({
        zh: '增长',
        en: i % 2 ? 'the economy grew' : 'grew the economy',
      })),
    );
    const app = appFor(desk);
    const res = await request(app).get(`/search?q=${encodeURIComponent('economy grew')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('About 300 matching rows');
    expect(res.text).not.toContain('No row contains');
    const result = desk.services.search.search({ q: 'economy grew' });
    expect(result).toMatchObject({ estimated: true, capped: false, total: 300, pages: null, articles: null });
    expect(result.groups[0].hits).toHaveLength(25);
    const zh = await request(app).get(`/search?q=${encodeURIComponent('economy grew')}&lang=zh-CN`);
    expect(zh.text).toContain('约 300 行匹配');
  });
});
