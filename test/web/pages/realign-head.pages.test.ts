// The realignment panel's safe defaults and its view of edited rows; the page header as a
// fragment (GET /articles/:id/head) that follows a save.

import { createDemoArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
beforeEach(async () => {
  t = createTestApp();
  id = await createDemoArticle(t);
});
afterEach(() => t.close());

const rows = () => t.services.articles.get(id).segments;
const panel = (html: string, segmentId: number) => {
  const start = html.indexOf(`id="realign-${segmentId}"`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('realignment panel', () => {
  it('pre-selects no split point for a row of one sentence a side, so Split cannot move a pair by accident', async () => {
    const one = rows().find((s) => s.sentences.zh.length === 1 && s.sentences.en.length === 1)!;
    const html = panel((await request(t.app).get(`/articles/${id}?realign=${one.id}&lang=en`)).text, one.id);
    expect(html).toContain('class="split-form"');
    expect(html).not.toMatch(/type="radio"[^>]* checked/);
    expect(html.match(/type="radio"[^>]* required/g)?.length).toBe(4);
  });

  it('cuts after the first sentence by default when a side has several', async () => {
    const before = rows();
    await request(t.app)
      .post(`/articles/${id}/alignment/edits`)
      .type('form')
      .send({ op: 'merge', segmentId: String(before[2].id) });
    const merged = rows()[2];
    expect(merged.sentences.en.length).toBeGreaterThan(1);
    const html = panel(
      (await request(t.app).get(`/articles/${id}?realign=${merged.id}&lang=en`)).text,
      merged.id,
    );
    expect(html).toMatch(/name="zh" value="1" checked/);
    expect(html).toMatch(/name="en" value="1" checked/);
  });

  it('shows an edited row as it is now and offers no split or move that would lose the edit', async () => {
    const row = rows()[3];
    await t.services.segments.saveEnglish({
      articleId: id,
      segmentId: row.id,
      text: `${row.en} Edited by hand.`,
      author: 'ed',
    });
    const html = panel((await request(t.app).get(`/articles/${id}?realign=${row.id}&lang=en`)).text, row.id);
    expect(html).toContain('was edited, so its sentences cannot be split or moved');
    expect(html).toContain('Edited by hand.');
    expect(html).not.toContain('class="split-form"');
    expect(html).toContain(`form="ra-${row.id}-merge"`);
  });
});

describe('GET /articles/:id/head', () => {
  it('renders the header alone, with the counts and the last change as they are after a save', async () => {
    const before = await request(t.app).get(`/articles/${id}/head?lang=en`);
    expect(before.status).toBe(200);
    expect(before.text.trim().startsWith('<header class="article-head">')).toBe(true);
    expect(before.text).not.toContain('<html');
    const openBefore = Number(/Open automatic findings: (\d+)/.exec(before.text)![1]);
    const row = rows().find((s) => s.en.includes('four-day') && s.flags.some((f) => f.type === 'number'))!;
    await t.services.segments.saveEnglish({
      articleId: id,
      segmentId: row.id,
      text: row.en.replace('four-day', 'three-day'),
      author: 'ed',
    });
    const after = await request(t.app).get(`/articles/${id}/head?lang=en&rows=flagged`);
    expect(Number(/Open automatic findings: (\d+)/.exec(after.text)![1])).toBe(openBefore - 1);
    expect(after.text).toContain('name="rows" value="flagged" checked');
    const missing = await request(t.app).get('/articles/999/head');
    expect(missing.status).toBe(404);
  });
});
