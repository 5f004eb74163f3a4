// The review report names the people: who reviewed (raised or judged flags) and who approved,
// by their display names; a name written before accounts is marked unregistered.
import { cliActor } from '../../server/services/actor';
import type { Role } from '../../server/services/permissions';
import { createDemoArticle, createTestApp, type TestApp } from '../helpers/app';
import { request } from '../helpers/auth';

let t: TestApp;
beforeEach(() => {
  t = createTestApp();
});
afterEach(() => t.close());

function person(login: string, displayName: string, role: Role) {
  t.services.accounts.createWithoutPassword({ login, displayName, role }, cliActor('root'));
  return request(t.app, { login, role });
}

describe('GET /api/articles/:id/export?format=report-html (people)', () => {
  it('names the reviewers and the approver, and marks names from before accounts', async () => {
    const id = await createDemoArticle(t);
    const lin = person('lin', 'Lin Tao', 'reviewer');
    const zhang = person('zhang', 'Zhang Wei', 'chief');
    const segment = t.services.articles.get(id).segments[1];
    const raised = await lin
      .post(`/api/articles/${id}/flags`)
      .send({ segmentId: segment.id, category: 'style', severity: 'minor' });
    expect(raised.status).toBe(201);
    // a flag someone typed their name into before the desk had accounts
    t.db
      .prepare(
        `INSERT INTO flags (article_id, segment_id, origin, type, category, severity, author, created_at, updated_at)
         VALUES (?, ?, 'person', 'other', 'style', 'minor', 'old hand', '2020-01-02T00:00:00.000Z', '2020-01-02T00:00:00.000Z')`,
      )
      .run(id, segment.id);
    const before = await zhang.get(`/api/articles/${id}/export?format=report-html`);
    expect(before.text).toContain(
      '<p class="reviewers">Reviewed by old hand (unregistered), Lin Tao (lin)</p>',
    );
    expect(before.text).toContain('Not approved.');
    for (const f of t.services.flags.list(id, { status: 'open' }))
      expect(
        (await zhang.patch(`/api/articles/${id}/flags/${f.id}`).send({ status: 'dismissed', reason: 'ok' }))
          .status,
      ).toBe(200);
    expect((await zhang.patch(`/api/articles/${id}`).send({ status: 'approved' })).status).toBe(200);
    const after = await zhang.get(`/api/articles/${id}/export?format=report-html`);
    expect(after.text).toContain('Reviewed by old hand (unregistered), Lin Tao (lin), Zhang Wei (zhang)</p>');
    expect(after.text).toMatch(/<p class="approver">Approved by Zhang Wei \(zhang\) · \d{4}-/);
    const json = (await zhang.get(`/api/articles/${id}/export?format=report-json`)).body;
    expect(json.reviewers).toEqual(['old hand (unregistered)', 'Lin Tao (lin)', 'Zhang Wei (zhang)']);
    expect(json.signOff.approvedBy).toBe('Zhang Wei (zhang)');
  });
});
