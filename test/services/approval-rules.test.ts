import { cliActor, userActor } from '../../server/services/actor';
import type { Role } from '../../server/services/permissions';
import { CHEAP_HASH, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('approval rules (articles.setStatus with roles)', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk({}, undefined, { passwordCost: CHEAP_HASH });
  });
  afterEach(() => desk.close());

  function person(login: string, role: Role) {
    const u = desk.services.accounts.createWithoutPassword({ login, role }, cliActor('root'));
    return userActor(desk.services.accounts.row(u.id)!, 'web');
  }
  /** An article with nothing critical open, its second row edited by `editor`. */
  async function cleanArticle(editor: ReturnType<typeof person>) {
    const { id } = await desk.services.articles.create({
      zh: { text: '标题\n\n第一段。\n\n第二段。' },
      en: { text: 'Title\n\nFirst paragraph.\n\nSecond paragraph.' },
      author: 'root',
    });
    for (const f of desk.services.flags.list(id).filter((f) => f.severity === 'critical'))
      desk.services.flags.setStatus(id, f.id, 'dismissed', 'root', 'not critical here');
    const row = desk.services.articles.get(id).segments[1];
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: row.id,
      text: 'The first paragraph.',
      author: editor,
    });
    return id;
  }
  const status = (id: number) => desk.services.articles.get(id).status;

  it('refuses a translator and a reviewer, lets a chief approve someone else’s edit without a reason', async () => {
    const translator = person('mei', 'translator');
    const reviewer = person('lin', 'reviewer');
    const id = await cleanArticle(translator);
    for (const who of [translator, reviewer])
      expect(() => desk.services.articles.setStatus(id, 'approved', who)).toThrow(
        expect.objectContaining({ status: 403, code: 'forbidden' }),
      );
    desk.services.articles.setStatus(id, 'in_review', translator);
    // a reviewer sends it back for changes, the translator submits it again
    desk.services.articles.setStatus(id, 'draft', reviewer);
    desk.services.articles.setStatus(id, 'in_review', translator);
    desk.services.articles.setStatus(id, 'approved', person('zhang', 'chief'));
    expect(status(id)).toBe('approved');
    for (const who of [translator, reviewer])
      expect(() => desk.services.articles.setStatus(id, 'draft', who)).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
  });

  it('makes a chief approving their own last edit record a reason', async () => {
    const mei = person('mei', 'translator');
    const id = await cleanArticle(mei);
    // promoted since the edit: still their own edit
    desk.services.accounts.setRole('mei', 'chief', cliActor('root'));
    const asChief = userActor(desk.services.accounts.row(mei.userId!)!, 'web');
    expect(() => desk.services.articles.setStatus(id, 'approved', asChief)).toThrow(
      expect.objectContaining({ status: 409, code: 'approval_own_edit_reason' }),
    );
    const chief = person('zhang', 'chief');
    const row = desk.services.articles.get(id).segments[2];
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: row.id,
      text: 'The second one.',
      author: chief,
    });
    expect(() => desk.services.articles.setStatus(id, 'approved', chief)).toThrow(
      expect.objectContaining({ status: 409, code: 'approval_own_edit_reason' }),
    );
    desk.services.articles.setStatus(id, 'approved', chief, 'Night desk: nobody else on shift.');
    expect(desk.services.articles.get(id).signOff).toMatchObject({
      approvedBy: 'zhang',
      overrideReason: 'Night desk: nobody else on shift.',
    });
    const audit = desk.db
      .prepare<[], { action: string; user_id: number; details: string }>(
        "SELECT action, user_id, details FROM audit_log WHERE action = 'approve_override'",
      )
      .get()!;
    expect(audit.user_id).toBe(chief.userId);
    expect(JSON.parse(audit.details)).toMatchObject({
      ownEdit: true,
      override: 'Night desk: nobody else on shift.',
    });
  });

  it('lets only a chief override open critical flags', async () => {
    const id = await importDemo(desk.services, 'visit', 'root');
    expect(desk.services.articles.get(id).signOff.unresolvedCritical).toBeGreaterThan(0);
    const reviewer = person('lin', 'reviewer');
    expect(() => desk.services.articles.setStatus(id, 'approved', reviewer, 'looks fine')).toThrow(
      expect.objectContaining({ status: 403, code: 'forbidden' }),
    );
    const chief = person('zhang', 'chief');
    expect(() => desk.services.articles.setStatus(id, 'approved', chief)).toThrow(
      expect.objectContaining({ code: 'approval_blocked' }),
    );
    desk.services.articles.setStatus(id, 'approved', chief, 'Wire corrected it.');
    expect(status(id)).toBe('approved');
  });

  it('enforces the table in every service, not only in the web layer', async () => {
    const translator = person('mei', 'translator');
    const reviewer = person('lin', 'reviewer');
    const id = await cleanArticle(translator);
    const row = desk.services.articles.get(id).segments[1];
    await expect(
      desk.services.segments.saveEnglish({ articleId: id, segmentId: row.id, text: 'x', author: reviewer }),
    ).rejects.toMatchObject({ code: 'forbidden', params: { permission: 'segment.edit' } });
    expect(() =>
      desk.services.flags.create(id, {
        segmentId: row.id,
        category: 'style',
        severity: 'minor',
        author: translator,
      }),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => desk.services.glossary.create({ zh: '总统', en: 'president' }, reviewer)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    await expect(desk.services.exports.render(id, 'docx', reviewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(desk.services.exports.render(id, 'report-json', translator)).resolves.toMatchObject({
      contentType: expect.stringContaining('json'),
    });
    expect(() => desk.services.articles.remove(id, reviewer)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});
