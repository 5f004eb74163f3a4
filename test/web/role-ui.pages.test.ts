// The UI hides what a role cannot do (the services refuse it regardless; see the permission
// matrix): approval, final-text exports, flag judgements, glossary changes.
import { createDemoArticle, createTestApp, type TestApp } from '../helpers/app';
import { request } from '../helpers/auth';

let t: TestApp;
let id: number;
beforeAll(async () => {
  t = createTestApp();
  id = await createDemoArticle(t);
});
afterAll(() => t.close());

const page = (role: 'translator' | 'reviewer' | 'chief', path: string) =>
  request(t.app, { login: role, role }).get(path);
const statusOptions = (html: string) =>
  [
    ...(/<select id="article-status"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '').matchAll(/value="([^"]+)"/g),
  ].map((m) => m[1]);
const flagButtons = (html: string) =>
  new Set([...html.matchAll(/<button type="submit" name="status" value="([^"]+)"/g)].map((m) => m[1]));

describe('what each role is shown', () => {
  it('offers approval and final-text exports only to roles that have them', async () => {
    const translator = await page('translator', `/articles/${id}`);
    expect(statusOptions(translator.text)).toEqual(['draft', 'in_review']);
    expect(translator.text).not.toContain('<option value="docx">');
    expect(translator.text).toContain('<option value="report-html">');
    const reviewer = await page('reviewer', `/articles/${id}`);
    expect(statusOptions(reviewer.text)).toEqual(['draft', 'in_review']);
    expect(reviewer.text).not.toContain('<option value="docx">');
    const chief = await page('chief', `/articles/${id}`);
    expect(statusOptions(chief.text)).toEqual(['draft', 'in_review', 'approved']);
    expect(chief.text).toContain('<option value="docx">');
    expect(translator.text).not.toContain(`action="/articles/${id}/delete"`);
    expect(chief.text).toContain(`action="/articles/${id}/delete"`);
  });

  it('gives a translator the answer to a flag, and a reviewer the judgements', async () => {
    expect(flagButtons((await page('translator', `/articles/${id}`)).text)).toEqual(new Set(['resolved']));
    expect(flagButtons((await page('reviewer', `/articles/${id}`)).text)).toEqual(
      new Set(['accepted', 'resolved', 'dismissed']),
    );
  });

  it('shows the glossary form only to those who keep the glossary', async () => {
    expect((await page('translator', '/glossary')).text).not.toContain('action="/glossary">');
    expect((await page('chief', '/glossary')).text).toContain('action="/glossary">');
  });
});
