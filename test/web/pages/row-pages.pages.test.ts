// The article page a page of rows at a time (server/web/pages/row-pages.ts): the page the reader is
// at, links to the pages before and after, GET /articles/:id/rows for desk.js, "go to row", and
// links from elsewhere that land on a row's page. A 60-paragraph article (two pages of PAGE_ROWS);
// the 300-paragraph one is in test/browser/large-article.browser.test.ts.
import { largeArticle } from '../../../scripts/bench-desk/large-article';
import { PAGE_ROWS } from '../../../server/web/pages/row-pages';
import { request } from '../../helpers/auth';
import { appFor, makeDesk, type TestDesk } from '../../helpers/services';

const rowIds = (html: string) =>
  [...html.matchAll(/<tr class="[^"]*" id="row-(\d+)"/g)].map((m) => Number(m[1]));
const more = (html: string, side: string) =>
  new RegExp(`data-rows-more="${side}" data-rows-page="(\\d+)"><td colspan="4"><a href="([^"]+)"`).exec(html);

describe('article page in pages of rows', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  let total: number;
  // one import for the file (the edit test comes last: it is the only one that writes)
  beforeAll(async () => {
    desk = makeDesk();
    app = appFor(desk);
    const a = largeArticle(60);
    ({ id } = await desk.services.articles.create({
      zh: { text: a.zh },
      en: { text: a.en },
      author: 'tester',
    }));
    total = desk.services.articles.get(id).segments.length;
  });
  const range = (from: number, to: number) =>
    Array.from({ length: Math.min(to, total) - from + 1 }, (_, i) => from + i);
  afterAll(() => desk.close());

  it('renders the first page with a plain link to the next, and the page holding ?from=', async () => {
    expect(PAGE_ROWS).toBe(50);
    expect(total).toBeGreaterThan(PAGE_ROWS);
    const first = await request(app).get(`/articles/${id}?lang=en`);
    expect(rowIds(first.text)).toEqual(range(1, 50));
    expect(more(first.text, 'before')).toBeNull();
    const next = more(first.text, 'after')!;
    expect(next[1]).toBe('1');
    expect(next[2]).toBe(`/articles/${id}?from=51#row-51`);
    expect(first.text).toContain(`Rows 1–50 of ${total} here`);
    // the no-JS flag form lists the rows of this page only
    const at = first.text.indexOf('id="flag-row"');
    const options = first.text.slice(at, first.text.indexOf('</select>', at)).match(/<option /g);
    expect(options).toHaveLength(50);

    const second = await request(app).get(`/articles/${id}?from=60&lang=en`);
    expect(rowIds(second.text)).toEqual(range(51, 100));
    expect(more(second.text, 'before')![1]).toBe('0');
    expect(more(second.text, 'after')).toBeNull();
  });

  it('serves one page of rows for desk.js, with the link beyond it on the side asked for', async () => {
    const res = await request(app).get(`/articles/${id}/rows?page=0&side=after&lang=en`);
    expect(res.status).toBe(200);
    expect(rowIds(res.text)).toEqual(range(1, 50));
    expect(more(res.text, 'after')![1]).toBe('1');
    expect(more(res.text, 'before')).toBeNull();
    expect(res.text).not.toContain('<html');
    const before = await request(app).get(`/articles/${id}/rows?page=1&side=before&lang=en`);
    expect(rowIds(before.text)).toEqual(range(51, 100));
    expect(more(before.text, 'before')![1]).toBe('0');
    expect(more(before.text, 'after')).toBeNull();
    const bad = await request(app).get(`/articles/${id}/rows?page=x&side=after`);
    expect(bad.status).toBe(400);
    const badSide = await request(app).get(`/articles/${id}/rows?page=1&side=up`);
    expect(badSide.status).toBe(400);
  });

  it('pages the flagged rows by themselves', async () => {
    const flagged = desk.services.articles
      .get(id)
      .segments.filter((s) => s.flags.some((f) => f.status === 'open'))
      .map((s) => s.position + 1);
    const res = await request(app).get(`/articles/${id}?rows=flagged&lang=en`);
    expect(flagged.length).toBeGreaterThan(0);
    expect(rowIds(res.text)).toEqual(flagged.slice(0, PAGE_ROWS));
    const far = flagged.at(-1)!;
    const page = await request(app).get(`/articles/${id}?rows=flagged&from=${far}&lang=en`);
    expect(rowIds(page.text)).toContain(far);
  });

  it("offers the headline, the page's rows and a chosen row as the flag form's related row, not every row", async () => {
    const segments = desk.services.articles.get(id).segments;
    const related = (html: string) => {
      const select = /<select id="flag-related" name="relatedSegmentId">([\s\S]*?)<\/select>/.exec(html)![1];
      return [...select.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
    };
    const headlines = segments.filter((s) => s.kind === 'headline').map((s) => s.id);
    expect(headlines.length).toBeGreaterThan(0);
    const first = await request(app).get(`/articles/${id}?lang=en`);
    expect(related(first.text)).toEqual(segments.slice(0, PAGE_ROWS).map((s) => s.id));
    const second = await request(app).get(`/articles/${id}?from=${PAGE_ROWS + 1}&lang=en`);
    const expected = [...headlines, ...segments.slice(PAGE_ROWS).map((s) => s.id)];
    expect(related(second.text)).toEqual(expected);
    // a choice outside the page (the form shown again with its input) stays offered and selected
    const chosen = segments[3];
    const again = await request(app)
      .post(`/articles/${id}/flags`)
      .type('form')
      .send({
        segmentId: String(segments[PAGE_ROWS + 1].id),
        relatedSegmentId: String(chosen.id),
        type: 'other',
        category: 'nonsense',
        severity: 'major',
      });
    expect(again.status).toBe(400);
    expect(related(again.text)).toContain(chosen.id);
    expect(again.text).toContain(`<option value="${chosen.id}" selected>`);
  });

  it('"go to row" redirects to the row on its page; links to rows carry their page', async () => {
    const go = await request(app).get(`/articles/${id}?go=57&view=diff`);
    expect(go.status).toBe(303);
    expect(go.headers.location).toBe(`/articles/${id}?view=diff&from=57#row-57`);
    const seg = desk.services.articles.get(id).segments[56];
    const history = await request(app).get(`/articles/${id}/segments/${seg.id}/history?lang=en`);
    expect(history.text).toContain(`href="/articles/${id}?from=57#row-57"`);
    // a row on the first page needs no ?from=
    const first = desk.services.articles.get(id).segments[1];
    const h1 = await request(app).get(`/articles/${id}/segments/${first.id}/history?lang=en`);
    expect(h1.text).toContain(`href="/articles/${id}#row-2"`);
  });

  it('an edit of a row on a later page redirects to that page', async () => {
    const seg = desk.services.articles.get(id).segments[54];
    const res = await request(app)
      .post(`/articles/${id}/segments/${seg.id}`)
      .type('form')
      .send({ text: `${seg.en} (edited)`, version: String(seg.version) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?from=55&notice=saved#row-55`);
    const page = await request(app).get(`${res.headers.location.replace(/#.*/, '')}&lang=en`);
    expect(rowIds(page.text)).toContain(55);
    expect(page.text).toContain('(edited)');
  });
});
