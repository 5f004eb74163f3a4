// Re-running the checks, automatic flags (accept, dismiss, reopen, badges, messages in the UI
// language, related rows), row notes and review state, through plain forms on the real engine
// with the demo article that has planted slips.

import { createDemoArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
beforeEach(async () => {
  t = createTestApp();
  id = await createDemoArticle(t);
});
afterEach(() => t.close());

/** As EJS escapes text. */
const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');
const rows = () => t.services.articles.get(id).segments;
const post = (url: string, body: Record<string, string>) => request(t.app).post(url).type('form').send(body);
/** The markup of row n (1-based) up to the next row. */
function rowHtml(page: string, n: number): string {
  const start = page.indexOf(`id="row-${n}"`);
  const end = page.indexOf(`id="row-${n + 1}"`, start);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('POST /articles/:id/checks and automatic flags', () => {
  it('re-runs the checks and reports the open findings', async () => {
    const open = t.services.articles.get(id).flags.filter((f) => f.origin === 'check' && f.status === 'open');
    expect(open.length).toBeGreaterThan(2);
    const res = await post(`/articles/${id}/checks`, {});
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?notice=rechecked#desk-actions`);
    const page = await request(t.app).get(res.headers.location).set('Accept-Language', 'en');
    expect(page.text).toContain('The automatic checks ran again.');
    expect(page.text).toContain(`Open automatic findings: ${open.length}`);
    const json = await post(`/articles/${id}/checks`, {}).set('Accept', 'application/json');
    expect(json.body).toEqual({
      open: open.length,
      message: `The automatic checks ran again: ${open.length} open findings.`,
    });
  });

  it('lets a reviewer accept, dismiss and reopen an automatic flag from the flag', async () => {
    const flag = t.services.articles.get(id).flags.find((f) => f.origin === 'check')!;
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const markup = page.text.slice(page.text.indexOf(`id="flag-${flag.id}"`));
    expect(markup).toContain('<span class="origin-badge origin-badge-check">Automatic check</span>');
    expect(markup.slice(0, 6000)).toMatch(
      /<button type="submit" name="status" value="accepted"[^>]*>Accept</,
    );
    for (const status of ['accepted', 'dismissed', 'open']) {
      const res = await post(`/articles/${id}/flags/${flag.id}/status`, { status });
      expect(res.status).toBe(303);
      expect(t.services.articles.get(id).flags.find((f) => f.id === flag.id)?.status).toBe(status);
    }
  });

  it("shows a finding's Chinese message in the Chinese UI and reviewer flags with their own badge", async () => {
    const flag = t.services.articles.get(id).flags.find((f) => f.origin === 'check' && f.messageZh)!;
    t.services.flags.create(id, {
      segmentId: rows()[1].id,
      category: 'accuracy/mistranslation',
      severity: 'minor',
      note: 'A reviewer note.',
      author: 'wang',
    });
    const zh = await request(t.app).get(`/articles/${id}?lang=zh-CN`);
    expect(zh.text).toContain(flag.messageZh!);
    expect(zh.text).toContain('<span class="origin-badge origin-badge-person">审校人</span>');
    const en = await request(t.app).get(`/articles/${id}?lang=en`);
    const summary = en.text.slice(en.text.indexOf(`id="flag-${flag.id}"`)).split('</summary>')[0];
    expect(summary).toContain(esc(flag.note));
    expect(summary).not.toContain(flag.messageZh!);
  });

  it('links a headline finding to the body row that contradicts it, visible while the flag is closed', async () => {
    const headline = t.services.articles.get(id).flags.find((f) => f.type === 'headline')!;
    // The demo's headline finding is against the Chinese headline; point it at a body row as
    // the headline-vs-body check does.
    t.db.prepare('UPDATE flags SET related_segment_id = ? WHERE id = ?').run(rows()[2].id, headline.id);
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const row1 = rowHtml(page.text, 1);
    expect(row1.slice(row1.indexOf('</details>'))).toContain(
      `<a href="/articles/${id}#row-3">contradicted by row 3</a>`,
    );
  });
});

describe('row notes, review state and confidence', () => {
  it('shows notes and the review state, escaping hostile text, and marks unsure rows in words', async () => {
    const s = rows()[1];
    t.db
      .prepare('INSERT INTO segment_notes (segment_id, author, body) VALUES (?, ?, ?)')
      .run(s.id, '<b>x</b>', '<script>alert(1)</script> check 澳元');
    t.db.prepare("UPDATE segments SET review_state = 'reviewed', confidence = 0.3 WHERE id = ?").run(s.id);
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const row = rowHtml(page.text, 2);
    expect(row).toContain('&lt;script&gt;alert(1)&lt;/script&gt; check 澳元');
    expect(row).toContain('Note from &lt;b&gt;x&lt;/b&gt;:');
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(row).toContain('Review: Reviewed');
    expect(row).toContain('class="conf conf-3 conf-low"');
    expect(row).toContain('<span class="sr-only">Alignment uncertain (30%)</span>');
  });
});
