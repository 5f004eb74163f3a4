import { createSampleArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
beforeEach(async () => {
  t = createTestApp();
  id = await createSampleArticle(t);
});
afterEach(() => t.close());

/** Two automatic flags on the sample article, one sure and one below the "possible" line. */
function twoCheckFlags(): { sure: number; unsure: number } {
  const seg = t.services.articles.get(id).segments[1];
  const insert = t.db.prepare(
    `INSERT INTO flags (article_id, segment_id, origin, type, category, severity, note, evidence, check_key, confidence, author)
     VALUES (?, ?, 'check', ?, 'accuracy/mistranslation', 'major', ?, '{}', ?, ?, 'checks') RETURNING id`,
  );
  const sure = (insert.get(id, seg.id, 'number', 'Sure number finding', 'k1', 0.9) as { id: number }).id;
  const unsure = (insert.get(id, seg.id, 'entity', 'Unsure name finding', 'k2', 0.3) as { id: number }).id;
  return { sure, unsure };
}

describe('GET /articles/:id (possible findings)', () => {
  it('marks a low-confidence finding as possible and shows it by default', async () => {
    const { unsure } = twoCheckFlags();
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const card = page.text.slice(page.text.indexOf(`id="flag-${unsure}"`));
    expect(card.slice(0, 800)).toContain(
      '<span class="possible-badge" title="The check is not sure of this finding (confidence 30%).">possible</span>',
    );
    expect(page.text).toContain('Unsure name finding');
    expect(page.text).toContain('<input type="checkbox" id="fpossible" name="possible" value="hide">');
  });

  it('hides possible findings from the rows and the list when asked, keeping the sure ones', async () => {
    const { sure, unsure } = twoCheckFlags();
    const page = await request(t.app).get(`/articles/${id}?lang=en&possible=hide`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`id="flag-${sure}"`);
    expect(page.text).not.toContain(`id="flag-${unsure}"`);
    expect(page.text).not.toContain('Unsure name finding');
    expect(page.text).toContain('name="possible" value="hide" checked');
  });

  it('labels the control in Chinese', async () => {
    twoCheckFlags();
    const page = await request(t.app).get(`/articles/${id}?lang=zh-CN`);
    expect(page.text).toContain('隐藏“可能”的检查结果');
    expect(page.text).toContain('>可能</span>');
  });

  it('rejects an unknown value of the control with a 400', async () => {
    const page = await request(t.app).get(`/articles/${id}?lang=en&possible=everything`);
    expect(page.status).toBe(400);
  });
});

describe('GET /api/articles/:id/flags (confidence)', () => {
  it('gives each flag its confidence and whether it is possible; people get null', async () => {
    twoCheckFlags();
    const res = await request(t.app).get(`/api/articles/${id}/flags?origin=check`);
    const byNote = Object.fromEntries(
      (res.body as { note: string; confidence: number | null; possible: boolean }[]).map((f) => [f.note, f]),
    );
    expect(byNote['Sure number finding']).toMatchObject({ confidence: 0.9, possible: false });
    expect(byNote['Unsure name finding']).toMatchObject({ confidence: 0.3, possible: true });
  });
});
