import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('realign.service', () => {
  let desk: TestDesk;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const rows = () => desk.services.articles.get(id).segments;
  const texts = () => rows().map((s) => [s.zh, s.en]);

  it('merges a row with the next and undoes it, restoring rows, ids and flags', async () => {
    const before = rows();
    const flagsBefore = desk.services.flags.list(id).map((f) => [f.id, f.segmentId, f.status]);
    await desk.services.realign.edit(id, { op: 'merge', segmentId: before[1].id }, 'ed');
    const merged = rows();
    expect(merged).toHaveLength(before.length - 1);
    expect(merged[1].zh).toContain(before[1].zh);
    expect(merged[1].zh).toContain(before[2].zh);
    expect(merged[1].en).toBe(`${before[1].en} ${before[2].en}`);
    expect(merged[1].manual).toBe(true);
    expect(merged[2].id).toBe(before[3].id);
    await desk.services.realign.undo(id, 'ed');
    expect(rows().map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(texts()).toEqual(before.map((s) => [s.zh, s.en]));
    expect(desk.services.flags.list(id).map((f) => [f.id, f.segmentId, f.status])).toEqual(flagsBefore);
  });

  it('splits a row at a sentence boundary on one side', async () => {
    await desk.services.realign.edit(id, { op: 'merge', segmentId: rows()[1].id }, 'ed');
    const merged = rows()[1];
    expect(merged.sentences.zh.length).toBeGreaterThanOrEqual(2);
    await desk.services.realign.edit(id, { op: 'split', segmentId: merged.id, zh: 1, en: 1 }, 'ed');
    const after = rows();
    expect(after[1].sentences.zh).toEqual(merged.sentences.zh.slice(0, 1));
    expect(after[2].sentences.zh).toEqual(merged.sentences.zh.slice(1));
    expect(after[1].sentences.en).toEqual(merged.sentences.en.slice(0, 1));
  });

  it('moves a sentence to the next row and marks one unmatched', async () => {
    const r1 = rows()[1];
    await desk.services.realign.edit(
      id,
      { op: 'move', segmentId: r1.id, side: 'en', direction: 'next' },
      'ed',
    );
    let after = rows();
    expect(after[1].en).toBe('');
    expect(after[2].sentences.en[0]).toBe(r1.sentences.en.at(-1));
    await desk.services.realign.undo(id, 'ed');
    const r3 = rows()[3];
    await desk.services.realign.edit(id, { op: 'unmatch', segmentId: r3.id, side: 'zh', sentence: 0 }, 'ed');
    after = rows();
    expect(after[3]).toMatchObject({ zh: r3.zh, en: '' });
    expect(after[4]).toMatchObject({ zh: '', en: r3.en });
  });

  it('refuses invalid edits with a clear code and leaves the rows alone', async () => {
    const last = rows().at(-1)!;
    await expect(desk.services.realign.edit(id, { op: 'merge', segmentId: last.id }, 'ed')).rejects.toThrow(
      expect.objectContaining({ code: 'alignment_edit_invalid', params: { reason: 'no_next_row' } }),
    );
    await expect(desk.services.realign.undo(id, 'ed')).rejects.toThrow(
      expect.objectContaining({ code: 'nothing_to_undo' }),
    );
    await expect(desk.services.realign.edit(id, { op: 'merge', segmentId: 999999 }, 'ed')).rejects.toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });

  it('keeps edits: merging joins edited texts, splitting an edited row is refused', async () => {
    const r1 = rows()[1];
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: r1.id,
      text: 'Edited one.',
      author: 'a',
    });
    await expect(
      desk.services.realign.edit(id, { op: 'unmatch', segmentId: r1.id, side: 'en', sentence: 0 }, 'ed'),
    ).rejects.toThrow(expect.objectContaining({ status: 409, code: 'alignment_row_edited' }));
    await desk.services.realign.edit(id, { op: 'merge', segmentId: r1.id }, 'ed');
    expect(rows()[1].en.startsWith('Edited one. ')).toBe(true);
    await desk.services.realign.undo(id, 'ed');
    expect(rows()[1].en).toBe('Edited one.');
    expect(desk.services.segments.history(id, r1.id).revisions).toHaveLength(1);
  });

  it('keeps manual rows when the aligner is re-run, and lists the history', async () => {
    const r1 = rows()[1];
    await desk.services.realign.edit(id, { op: 'merge', segmentId: r1.id }, 'ed');
    const manual = rows()[1];
    await desk.services.realign.rerun(id, 'ed');
    const after = rows();
    expect(after.find((s) => s.id === manual.id)).toMatchObject({
      zh: manual.zh,
      en: manual.en,
      manual: true,
    });
    const history = desk.services.realign.history(id);
    expect(history[history.length - 1]).toMatchObject({ op: 'merge', author: 'ed', undone: false });
  });

  it('draws the alignment map for an article with a deletion and an insertion', async () => {
    const r3 = rows()[3];
    await desk.services.realign.edit(id, { op: 'unmatch', segmentId: r3.id, side: 'zh', sentence: 0 }, 'ed');
    const svg = desk.services.realign.map(id, {
      title: '<Map & "title">',
      zhLabel: '中文',
      enLabel: 'English',
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('&lt;Map &amp; &quot;title&quot;&gt;');
    expect(svg).not.toContain('<Map');
  });
});
