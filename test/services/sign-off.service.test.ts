import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

// The demo 'visit' article comes with three critical automatic findings (its headline against
// its body and the Chinese headline, and a 万/亿 scale error).
describe('sign-off rule (articles.setStatus)', () => {
  let desk: TestDesk;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const critical = () =>
    desk.services.flags.list(id, { severity: 'critical' }).filter((f) => f.status === 'open');
  const audit = () =>
    desk.db
      .prepare<[number], { action: string; actor: string; details: string }>(
        "SELECT action, actor, details FROM audit_log WHERE entity = 'article' AND entity_id = ? ORDER BY id",
      )
      .all(id);

  it('refuses approval while critical flags are unresolved, and leaves the article as it was', () => {
    expect(critical().length).toBeGreaterThan(0);
    expect(() => desk.services.articles.setStatus(id, 'approved', 'chief')).toThrow(
      expect.objectContaining({
        status: 409,
        code: 'approval_blocked',
        params: { count: critical().length },
      }),
    );
    const article = desk.services.articles.get(id);
    expect(article.status).toBe('draft');
    expect(article.signOff).toMatchObject({ blocked: true, unresolvedCritical: critical().length });
    expect(article.scorecard.final).toBe(false);
    expect(audit().map((a) => a.action)).toEqual(['import']);
  });

  it('approves with an override reason, kept with the approval, in the audit log and in the report', async () => {
    const open = critical().map((f) => f.id);
    desk.services.articles.setStatus(id, 'approved', 'chief', '  Headline fixed by the wire desk already.  ');
    const article = desk.services.articles.get(id);
    expect(article.status).toBe('approved');
    expect(article.signOff).toMatchObject({
      approvedBy: 'chief',
      overrideReason: 'Headline fixed by the wire desk already.',
      openCriticalAtApproval: open.length,
      blocked: false,
    });
    const last = audit().at(-1)!;
    expect(last).toMatchObject({ action: 'approve_override', actor: 'chief' });
    expect(JSON.parse(last.details)).toEqual({
      status: 'approved',
      override: 'Headline fixed by the wire desk already.',
      openCritical: open,
    });
    const json = JSON.parse(
      (await desk.services.exports.render(id, 'report-json', 'tester')).body.toString('utf8'),
    );
    expect(json.signOff).toEqual({
      approvedBy: 'chief',
      approvedAt: expect.any(String),
      overrideReason: 'Headline fixed by the wire desk already.',
      openCriticalAtApproval: open.length,
    });
    const html = (await desk.services.exports.render(id, 'report-html', 'tester')).body.toString('utf8');
    expect(html).toContain('Approved over unresolved critical flags, because');
    expect(html).toContain('Headline fixed by the wire desk already.');
    const csv = (await desk.services.exports.render(id, 'report-csv', 'tester')).body.toString('utf8');
    expect(csv).toContain('override_reason,Headline fixed by the wire desk already.');
  });

  it('counts an accepted critical flag as unresolved; dismissing them all allows a plain approval', () => {
    const [first, ...rest] = critical();
    desk.services.flags.setStatus(id, first.id, 'accepted', 'rev');
    for (const f of rest) desk.services.flags.setStatus(id, f.id, 'dismissed', 'rev');
    expect(() => desk.services.articles.setStatus(id, 'approved', 'chief')).toThrow(
      expect.objectContaining({ code: 'approval_blocked', params: { count: 1 } }),
    );
    desk.services.flags.setStatus(id, first.id, 'resolved', 'rev');
    // a reason given when nothing critical is open is no override and is not kept
    desk.services.articles.setStatus(id, 'approved', 'chief', 'just in case');
    expect(desk.services.articles.get(id).signOff).toMatchObject({
      approvedBy: 'chief',
      overrideReason: null,
      openCriticalAtApproval: 0,
    });
    expect(audit().at(-1)!.action).toBe('status');
  });

  it('clears the approval when the article goes back to review; the list shows the same state', () => {
    desk.services.articles.setStatus(id, 'approved', 'chief', 'Deadline; corrections follow.');
    let item = desk.services.articles.list({}).items.find((a) => a.id === id)!;
    expect(item.signOff).toMatchObject({ overrideReason: 'Deadline; corrections follow.', blocked: false });
    desk.services.articles.setStatus(id, 'in_review', 'chief');
    expect(desk.services.articles.get(id).signOff).toMatchObject({ approvedBy: null, overrideReason: null });
    item = desk.services.articles.list({}).items.find((a) => a.id === id)!;
    expect(item.signOff).toMatchObject({ blocked: true, unresolvedCritical: critical().length });
  });

  it('refuses an unknown status and an over-long reason', () => {
    expect(() => desk.services.articles.setStatus(id, 'published', 'chief')).toThrow(
      expect.objectContaining({ code: 'invalid_status' }),
    );
    expect(() => desk.services.articles.setStatus(id, 'approved', 'chief', 'x'.repeat(2001))).toThrow(
      expect.objectContaining({ code: 'invalid_field', params: { field: 'overrideReason' } }),
    );
  });
});
