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

  it('offers Edit only to roles that edit the English and Flag only to roles that raise flags', async () => {
    const translator = (await page('translator', `/articles/${id}`)).text;
    const reviewer = (await page('reviewer', `/articles/${id}`)).text;
    const chief = (await page('chief', `/articles/${id}`)).text;
    expect(translator).toContain('data-action="edit"');
    expect(translator).not.toContain('data-action="flag"');
    expect(translator).not.toContain('data-flag-form');
    expect(reviewer).not.toContain('data-action="edit"');
    expect(reviewer).toContain('data-action="flag"');
    expect(reviewer).toContain('data-flag-form');
    expect(chief).toContain('data-action="edit"');
    expect(chief).toContain('data-flag-form');
    const firstRow = /data-segment-id="(\d+)"/.exec(chief)![1];
    expect((await page('chief', `/articles/${id}?edit=${firstRow}`)).text).toContain('data-edit-form');
    expect((await page('reviewer', `/articles/${id}?edit=${firstRow}`)).text).not.toContain('data-edit-form');
  });

  it('shows the glossary form only to those who keep the glossary', async () => {
    expect((await page('translator', '/glossary')).text).not.toContain('action="/glossary">');
    expect((await page('chief', '/glossary')).text).toContain('action="/glossary">');
  });
});
