// Report and export details: desk row numbers, no internal ids in the HTML report, quotes in whole
// words, decisions named as they were (accepted is not "resolved") with their reasons; the favicon;
// the Chinese severity names.
import { request } from '../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('reports and exports', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  /** The export as text, whatever its content type. */
  const exported = async (format: string): Promise<string> =>
    (
      await request(app)
        .get(`/api/articles/${id}/export?format=${format}`)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
          });
          res.on('end', () => done(null, text));
        })
    ).body as string;

  it('numbers rows as the desk does and shows no internal flag ids in the HTML report', async () => {
    const flags = desk.services.flags.list(id);
    const json = JSON.parse(await exported('report-json'));
    expect(json.flags.map((f: { id: number; row: number }) => [f.id, f.row])).toEqual(
      expect.arrayContaining(flags.map((f) => [f.id, f.segmentPosition + 1])),
    );
    const html = await exported('report-html');
    expect(html).not.toContain('<th scope="col">Flag</th>');
    const rowCells = [...html.matchAll(/<tr><td class="num">(\d+)/g)].map((m) => Number(m[1]));
    expect(rowCells.sort((a, b) => a - b)).toEqual(
      flags.map((f) => f.segmentPosition + 1).sort((a, b) => a - b),
    );
    const bilingual = await exported('bilingual-html');
    expect(bilingual).toMatch(/<td class="num">1<\/td>/);
    expect(bilingual).not.toMatch(/<td class="num">0<\/td>/);
  });

  it('quotes automatic findings in whole words', async () => {
    const json = JSON.parse(await exported('report-json'));
    const raw = desk.services.flags.list(id).filter((f) => f.origin === 'check');
    // the checks cut their snippets at a fixed width, often inside a word ("…h 10, for a …")
    expect(raw.some((f) => /^…[a-z]{1,3}\b/.test(f.evidence.en ?? ''))).toBe(true);
    // headline findings quote two rows joined with ⟷; every other quote lies inside its row
    const located = json.flags
      .filter((f: { evidence: { en: string | null } }) => f.evidence.en && !f.evidence.en.includes('⟷'))
      .map((f: { type: string; evidence: { en: string }; rowEn: string; rowEnOriginal: string }) => {
        const core = f.evidence.en.replace(/^…|…$/g, '');
        const text = [f.rowEn, f.rowEnOriginal].find((t) => t.includes(core)) ?? '';
        return { type: f.type, core, text, at: text.indexOf(core) };
      });
    expect(located.length).toBeGreaterThanOrEqual(3);
    for (const q of located) {
      const cutBefore = /[A-Za-z]/.test(q.text[q.at - 1] ?? ' ') && /[A-Za-z]/.test(q.core[0]);
      const cutAfter =
        /[A-Za-z]/.test(q.text[q.at + q.core.length] ?? ' ') && /[A-Za-z]/.test(q.core.at(-1)!);
      expect([q.type, q.at >= 0, cutBefore, cutAfter]).toEqual([q.type, true, false, false]);
    }
  });

  it('names an accepted flag as accepted in XLIFF notes and keeps a dismissal reason in the notes and the report', async () => {
    const [a, b] = desk.services.flags.list(id).filter((f) => f.status === 'open');
    desk.services.flags.setStatus(id, a.id, 'accepted', 'rev');
    desk.services.flags.setStatus(id, b.id, 'dismissed', 'rev', 'Our house style allows it.');
    for (const format of ['xliff12', 'xliff2']) {
      const xliff = await exported(format);
      expect(xliff).toContain('Accepted by rev');
      expect(xliff).toContain('Dismissed by rev');
      expect(xliff).toContain('Reason: Our house style allows it.');
      expect(xliff).not.toContain('Resolved by rev');
    }
    const html = await exported('report-html');
    expect(html).toContain('dismissed by rev<br><q>Our house style allows it.</q>');
    expect(await exported('report-csv')).toContain('Our house style allows it.');
  });

  it('serves a favicon (no 404 on every page) and links it from every page', async () => {
    const ico = await request(app).get('/favicon.ico');
    expect(ico.status).toBe(301);
    expect(ico.headers.location).toBe('/assets/favicon.svg');
    const svg = await request(app).get('/assets/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    const page = await request(app).get('/articles');
    expect(page.text).toContain('<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">');
  });

  it('names severities in Chinese as 严重 / 主要 / 次要 (critical / major / minor)', async () => {
    const page = await request(app).get(`/articles/${id}?lang=zh-CN`);
    for (const [sev, word] of [
      ['critical', '严重'],
      ['major', '主要'],
      ['minor', '次要'],
    ]) {
      if (desk.services.flags.list(id, { severity: sev }).length)
        expect(page.text).toContain(`<span class="sev-badge">${word}</span>`);
    }
    expect(page.text).not.toContain('致命');
    expect(page.text).not.toContain('轻微');
  });
});
