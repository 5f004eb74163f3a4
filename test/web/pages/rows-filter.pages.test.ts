// The article page's "only rows with open flags" view (?rows=flagged), kept through forms.
import { request } from '../../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../../helpers/services';

describe('GET /articles/:id?rows=flagged', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const rowIds = (html: string) =>
    [...html.matchAll(/<tr class="[^"]*" id="row-(\d+)"/g)].map((m) => Number(m[1]));

  it('shows only the rows with open flags, says how many rows each gap hides, and links back to all', async () => {
    const article = desk.services.articles.get(id);
    const flagged = article.segments
      .filter((s) => s.flags.some((f) => f.status === 'open'))
      .map((s) => s.position + 1);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(article.segments.length);
    const all = await request(app).get(`/articles/${id}?lang=en`);
    expect(rowIds(all.text)).toHaveLength(article.segments.length);
    const page = await request(app).get(`/articles/${id}?rows=flagged&lang=en`);
    expect(page.status).toBe(200);
    expect(rowIds(page.text)).toEqual(flagged);
    expect(page.text).toContain(`Rows with open flags: ${flagged.length} of ${article.segments.length}.`);
    const gaps = [...page.text.matchAll(/Rows without open flags: (\d+)/g)].map((m) => Number(m[1]));
    // every row before the last flagged one is either shown or counted in a gap
    expect(gaps.reduce((a, b) => a + b, 0)).toBe(flagged.at(-1)! - flagged.length);
    expect(page.text).toMatch(/id="rows-flagged" name="rows" value="flagged" checked/);
    const bad = await request(app).get(`/articles/${id}?rows=some`);
    expect(bad.status).toBe(400);
  });

  it('keeps the filter through a form: the redirect returns to the filtered rows', async () => {
    const f = desk.services.flags.list(id).find((x) => x.status === 'open')!;
    const page = await request(app).get(`/articles/${id}?rows=flagged&lang=en`);
    expect(page.text).toContain('<input type="hidden" name="rows" value="flagged">');
    const res = await request(app)
      .post(`/articles/${id}/flags/${f.id}/status`)
      .type('form')
      .send({ status: 'dismissed', rows: 'flagged' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?rows=flagged&notice=saved#flag-${f.id}`);
  });

  it('says so when no row has an open flag', async () => {
    desk.services.triage.bulk(id, { status: 'dismissed', fromRow: 1 }, 'rev');
    const page = await request(app).get(`/articles/${id}?rows=flagged&lang=zh-CN`);
    expect(page.text).toContain('没有行带有待处理的标记。');
    expect(rowIds(page.text)).toEqual([]);
  });
});
