import { createSampleArticle } from '../helpers/app';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

let d: BrowserDesk;
beforeAll(async () => {
  d = await openBrowserDesk();
});
afterAll(() => d.close());

describe('desk: possible findings', () => {
  it('hides and shows possible findings with the keyboard-reachable checkbox', async () => {
    const id = await createSampleArticle(d.t);
    const seg = d.t.services.articles.get(id).segments[1];
    d.t.db
      .prepare(
        `INSERT INTO flags (article_id, segment_id, origin, type, category, severity, note, evidence, check_key, confidence, author)
         VALUES (?, ?, 'check', 'entity', 'accuracy/mistranslation', 'minor', 'Unsure name finding', '{}', 'k', 0.3, 'checks')`,
      )
      .run(id, seg.id);
    await d.page.goto(`${d.base}/articles/${id}?lang=en`);
    await d.page.locator('.possible-badge').first().waitFor();
    if (process.env.SHOT)
      await d.page.screenshot({ path: `${process.env.SHOT}/possible.png`, fullPage: true });
    expect(await d.page.locator('.flag .possible-badge').count()).toBe(1);
    await d.page.focus('#fpossible');
    await d.page.keyboard.press('Space');
    await d.page.locator('#fpossible').press('Enter');
    await d.page.waitForURL(/possible=hide/);
    expect(await d.page.locator('.possible-badge').count()).toBe(0);
    expect(await d.page.locator('#fpossible').isChecked()).toBe(true);
  });
});
