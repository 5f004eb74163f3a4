import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

// The demo 'visit' article carries findings of several types and severities on several rows.
describe('triage.service', () => {
  let desk: TestDesk;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const flags = () => desk.services.flags.list(id);
  const open = () => flags().filter((f) => f.status === 'open');
  const audit = (action: string) =>
    desk.db
      .prepare<[string], { details: string; actor: string }>(
        'SELECT details, actor FROM audit_log WHERE action = ? ORDER BY id',
      )
      .all(action)
      .map((r) => ({ actor: r.actor, ...JSON.parse(r.details) }));

  it('records a single decision with its reason, and undo puts the flag back as it was', () => {
    const f = open()[0];
    const dismissed = desk.services.flags.setStatus(id, f.id, 'dismissed', 'rev', 'House style allows it.');
    expect(dismissed).toMatchObject({
      status: 'dismissed',
      resolver: 'rev',
      statusReason: 'House style allows it.',
    });
    expect(audit('triage').at(-1)).toMatchObject({
      actor: 'rev',
      kind: 'one',
      status: 'dismissed',
      flags: [f.id],
      reason: 'House style allows it.',
    });
    const undone = desk.services.triage.undo(id, 'rev');
    expect(undone.restored).toEqual([f.id]);
    const back = flags().find((x) => x.id === f.id)!;
    expect(back).toMatchObject({ status: 'open', resolver: null, statusReason: null });
    expect(audit('triage_undo').at(-1)).toMatchObject({ actor: 'rev', restored: [f.id], skipped: [] });
    expect(() => desk.services.triage.undo(id, 'rev')).toThrow(
      expect.objectContaining({ status: 409, code: 'no_triage_to_undo' }),
    );
  });

  it('bulk-dismisses by type and row range, one undo restores them all', () => {
    const before = open();
    const byType = new Map<string, number>();
    for (const f of before) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
    const [type, count] = [...byType.entries()].sort((a, b) => b[1] - a[1])[0];
    const result = desk.services.triage.bulk(id, { status: 'dismissed', type, reason: 'noise' }, 'rev');
    expect(result.changed).toBe(count);
    expect(open().filter((f) => f.type === type)).toEqual([]);
    expect(open().length).toBe(before.length - count);

    // a row range takes only flags on those rows (1-based, inclusive)
    const onRow2 = open().filter((f) => f.segmentPosition === 1);
    expect(onRow2.length).toBeGreaterThan(0);
    const r = desk.services.triage.bulk(id, { status: 'accepted', fromRow: 2, toRow: 2 }, 'rev');
    expect(r.changed).toBe(onRow2.length);
    expect(open().some((f) => f.segmentPosition === 1)).toBe(false);
    desk.services.triage.undo(id, 'rev');

    desk.services.triage.undo(id, 'rev');
    expect(
      open()
        .map((f) => f.id)
        .sort(),
    ).toEqual(before.map((f) => f.id).sort());
    expect(flags().every((f) => f.statusReason === null)).toBe(true);
  });

  it('takes only the possible (low-confidence) findings, or leaves them out', () => {
    const checks = open().filter((f) => f.origin === 'check');
    const [low, other] = checks;
    desk.db.prepare('UPDATE flags SET confidence = 0.3 WHERE id = ?').run(low.id);
    desk.db.prepare('UPDATE flags SET confidence = 0.9 WHERE id = ?').run(other.id);
    expect(desk.services.triage.preview(id, { possible: 'only' })).toBe(1);
    expect(desk.services.triage.preview(id, { possible: 'hide' })).toBe(open().length - 1);
    desk.services.triage.bulk(id, { status: 'dismissed', possible: 'only' }, 'rev');
    expect(flags().find((f) => f.id === low.id)!.status).toBe('dismissed');
    expect(flags().find((f) => f.id === other.id)!.status).toBe('open');
  });

  it('refuses an empty selection, a bulk reopen, and a selection that takes nothing', () => {
    expect(() => desk.services.triage.bulk(id, { status: 'dismissed' }, 'rev')).toThrow(
      expect.objectContaining({ code: 'empty_selection' }),
    );
    expect(() => desk.services.triage.bulk(id, { status: 'open', severity: 'minor' }, 'rev')).toThrow(
      expect.objectContaining({ code: 'invalid_status' }),
    );
    expect(() => desk.services.triage.bulk(id, { status: 'dismissed', fromRow: 900 }, 'rev')).toThrow(
      expect.objectContaining({ code: 'no_flags_match' }),
    );
    expect(() => desk.services.triage.bulk(id, { status: 'dismissed', fromRow: 5, toRow: 2 }, 'rev')).toThrow(
      expect.objectContaining({ params: { field: 'toRow' } }),
    );
  });

  it('leaves a flag someone changed since the action alone when undoing', () => {
    const [a, b] = open();
    desk.services.triage.bulk(id, { status: 'dismissed', fromRow: 1 }, 'rev');
    // someone reopens one of them by hand: that is now the latest action, undo it first
    desk.services.flags.setStatus(id, a.id, 'accepted', 'chief');
    const first = desk.services.triage.undo(id, 'rev');
    expect(first.restored).toEqual([a.id]);
    // now change b outside triage (the checks resolve it) and undo the bulk action
    desk.db.prepare("UPDATE flags SET status = 'resolved', resolver = 'checks' WHERE id = ?").run(b.id);
    const second = desk.services.triage.undo(id, 'rev');
    expect(second.skipped).toContain(b.id);
    expect(second.restored).toContain(a.id);
    expect(flags().find((f) => f.id === b.id)!.status).toBe('resolved');
  });

  it('dismisses a finding wherever the same evidence recurs, here or in every article', async () => {
    const other = await importDemo(desk.services, 'visit');
    const f = open()[0];
    const counts = desk.services.triage.recurrenceCounts(id, f.id);
    // the same article imported twice: every finding recurs once elsewhere
    expect(counts).toMatchObject({ here: 1, elsewhere: 1, articles: 1 });
    expect(() => desk.services.triage.recurring(id, f.id, { scope: 'galaxy' }, 'rev')).toThrow(
      expect.objectContaining({ params: { field: 'scope' } }),
    );
    const here = desk.services.triage.recurring(id, f.id, { scope: 'article' }, 'rev');
    expect(here).toMatchObject({ changed: 1, articles: 1 });
    desk.services.triage.undo(id, 'rev');
    const all = desk.services.triage.recurring(
      id,
      f.id,
      { scope: 'all', reason: 'known false alarm' },
      'rev',
    );
    expect(all).toMatchObject({ changed: 2, articles: 2 });
    const twin = desk.services.flags.list(other).find((x) => x.type === f.type && x.note === f.note)!;
    expect(twin).toMatchObject({ status: 'dismissed', statusReason: 'known false alarm' });
    expect(audit('triage').at(-1)).toMatchObject({ kind: 'recurring', scope: 'all', articles: [id, other] });
    // undone from the article it was made on, both articles get their flag back
    desk.services.triage.undo(id, 'rev');
    expect(desk.services.flags.list(other).find((x) => x.id === twin.id)!.status).toBe('open');
  });

  it('lists actions newest first with what they changed, and which one undo would take', () => {
    const [a] = open();
    desk.services.flags.setStatus(id, a.id, 'accepted', 'rev');
    desk.services.triage.bulk(id, { status: 'dismissed', severity: 'minor' }, 'lee');
    const history = desk.services.triage.history(id);
    expect(history.map((h) => [h.kind, h.actor, h.undone])).toEqual([
      ['bulk', 'lee', false],
      ['one', 'rev', false],
    ]);
    expect(desk.services.triage.lastAction(id)).toMatchObject({ kind: 'bulk', actor: 'lee' });
    desk.services.triage.undo(id, 'rev');
    expect(desk.services.triage.history(id)[0].undone).toBe(true);
    expect(desk.services.triage.lastAction(id)).toMatchObject({ kind: 'one' });
  });
});
