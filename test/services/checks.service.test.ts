import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../../server/services/engine';
import { DEMO_DIR, engine, importDemo, makeDesk, type TestDesk } from '../helpers/services';

interface Planted {
  type: string;
  enParagraph?: number;
  zhParagraph?: number;
  what: string;
}
const manifest = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'demo.json'), 'utf8')) as {
  articles: { name: string; planted: Planted[] }[];
};

describe('checks.service (automatic flags)', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk();
  });
  afterEach(() => desk.close());

  const autoFlags = (id: number, status?: string) =>
    desk.services.flags.list(id, { origin: 'check', status });

  it.each(manifest.articles.map((a) => [a.name, a.planted] as const))(
    'flags what was planted in the %s demo article',
    async (name, planted) => {
      const id = await importDemo(desk.services, name);
      const article = desk.services.articles.get(id);
      const flags = autoFlags(id);
      for (const p of planted) {
        // The planted paragraph, found through the rows that hold it.
        const rows = article.segments.filter((s) =>
          p.enParagraph !== undefined
            ? s.enPara === p.enParagraph || s.zhPara === p.enParagraph
            : s.zhPara === p.zhParagraph,
        );
        const hit = flags.find(
          (f) =>
            f.type === p.type &&
            rows.some(
              (r) =>
                r.id === f.segmentId ||
                Math.abs(r.position - f.segmentPosition) <= (p.type === 'omission' ? 1 : 0),
            ),
        );
        expect({ planted: p.what, found: Boolean(hit) }).toEqual({ planted: p.what, found: true });
      }
    },
  );

  it('flags the headline against the body row that contradicts it', async () => {
    const id = await importDemo(desk.services, 'visit');
    const headline = autoFlags(id).find((f) => f.type === 'headline');
    expect(headline?.segmentPosition).toBe(0);
    expect(headline?.relatedPosition).not.toBeNull();
    const related = desk.services.articles.get(id).segments[headline!.relatedPosition!];
    expect(related.en).toMatch(/breakthrough is unlikely|hold clearly different positions/);
    expect(headline?.messageZh).toMatch(/\p{Script=Han}/u);
  });

  it("stores each finding's confidence on its flag; people's flags have none", async () => {
    const id = await importDemo(desk.services, 'visit');
    const flags = autoFlags(id);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.possible).toBe((f.confidence ?? 1) < 0.5);
    }
    const seg = desk.services.articles.get(id).segments[1];
    const mine = desk.services.flags.create(id, {
      segmentId: seg.id,
      category: 'accuracy/mistranslation',
      severity: 'minor',
      note: 'n',
      author: 'rev',
    });
    expect(mine).toMatchObject({ confidence: null, possible: false });
  });

  it('does not duplicate automatic flags when the checks run again', async () => {
    const id = await importDemo(desk.services, 'visit');
    const before = autoFlags(id).map((f) => f.id);
    await desk.services.articles.recheck(id, 'chief');
    await desk.services.articles.recheck(id, 'chief');
    expect(autoFlags(id).map((f) => f.id)).toEqual(before);
  });

  it('resolves a finding when the English is fixed, and keeps a dismissal', async () => {
    const id = await importDemo(desk.services, 'visit');
    const numberFlag = autoFlags(id, 'open').find(
      (f) => f.type === 'number' && f.evidence.en?.includes('four'),
    );
    expect(numberFlag).toBeDefined();
    const seg = desk.services.articles.get(id).segments.find((s) => s.id === numberFlag!.segmentId)!;
    const negation = autoFlags(id, 'open').find((f) => f.type === 'negation')!;
    desk.services.flags.setStatus(id, negation.id, 'dismissed', 'rev');

    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: seg.id,
      text: seg.en.replace('four-day', 'three-day'),
      author: 'fixer',
    });
    const after = desk.services.flags.list(id, { origin: 'check' });
    expect(after.find((f) => f.id === numberFlag!.id)).toMatchObject({
      status: 'resolved',
      resolver: 'checks',
    });
    expect(after.find((f) => f.id === negation.id)?.status).toBe('dismissed');

    // Putting the error back reopens the same flag instead of adding a new one.
    const current = desk.services.articles.get(id).segments.find((s) => s.id === seg.id)!;
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: seg.id,
      text: seg.en,
      author: 'fixer',
      baseVersion: current.version,
    });
    const reopened = desk.services.flags.list(id, { origin: 'check' });
    expect(reopened.find((f) => f.id === numberFlag!.id)?.status).toBe('open');
    expect(
      reopened.filter((f) => f.type === 'number' && f.evidence.en === numberFlag!.evidence.en),
    ).toHaveLength(1);
  });

  it('checks a save again when another save changed the rows while its checks ran', async () => {
    // the real engine, with a second editor saving another row while the first save's checks run
    const base = engine();
    let outerCalls = 0;
    let racing = false;
    const racingEngine: Engine = {
      ...base,
      checkEdit: async (input, row) => {
        if (!racing) {
          outerCalls++;
          if (outerCalls === 1) {
            racing = true;
            const other = racingDesk.services.articles.get(id).segments.find((s) => s.id !== seg.id && s.en)!;
            await racingDesk.services.segments.saveEnglish({
              articleId: id,
              segmentId: other.id,
              text: `${other.en} (second editor)`,
              author: 'second',
            });
            racing = false;
          }
        }
        return base.checkEdit(input, row);
      },
    };
    const racingDesk = makeDesk({}, racingEngine);
    let id = 0;
    let seg = { id: 0, en: '' };
    try {
      id = await importDemo(racingDesk.services, 'visit');
      const numberFlag = racingDesk.services.flags
        .list(id, { origin: 'check', status: 'open' })
        .find((f) => f.type === 'number' && f.evidence.en?.includes('four'))!;
      seg = racingDesk.services.articles.get(id).segments.find((s) => s.id === numberFlag.segmentId)!;
      await racingDesk.services.segments.saveEnglish({
        articleId: id,
        segmentId: seg.id,
        text: seg.en.replace('four-day', 'three-day'),
        author: 'first',
      });
      // the first run's findings were computed on rows that changed: it ran again
      expect(outerCalls).toBe(2);
      const rows = racingDesk.services.articles.get(id).segments;
      expect(rows.find((s) => s.id === seg.id)?.en).toContain('three-day');
      expect(rows.some((s) => s.en.endsWith('(second editor)'))).toBe(true);
      const after = racingDesk.services.flags.list(id, { origin: 'check' });
      expect(after.find((f) => f.id === numberFlag.id)).toMatchObject({
        status: 'resolved',
        resolver: 'checks',
      });
    } finally {
      racingDesk.close();
    }
  });

  it('stays quiet on the clean demo article', async () => {
    const id = await importDemo(desk.services, 'jetliner');
    const serious = autoFlags(id).filter((f) => f.severity !== 'minor');
    expect(serious.map((f) => `${f.type}: ${f.note}`)).toEqual([]);
  });
});

describe('checks.service on the seed repost', () => {
  const seed = path.resolve(__dirname, '..', '..', '..', 'shared', 'seed', '000_548e2d166db6910e.txt');

  it('flags the repost headline against the subheading and the body that deny it', async () => {
    if (!fs.existsSync(seed)) throw new Error(`seed file missing: ${seed}`);
    const desk = makeDesk();
    try {
      const { id } = await desk.services.articles.create({
        zh: {
          text: '李在明访华料改善双边关系 安全议题难有突破\n\n韩国总统李在明星期天开始对中国进行为期四天的国事访问。',
        },
        en: { buffer: fs.readFileSync(seed), filename: 'seed.txt' },
        author: 'desk',
      });
      const article = desk.services.articles.get(id);
      const headline = article.segments.find((s) => s.kind === 'headline')!;
      // The two headlines stand in one row, however much longer the repost's is.
      expect(headline.position).toBe(0);
      expect(headline.zh).toBe('李在明访华料改善双边关系 安全议题难有突破');
      expect(headline.en).toBe(
        "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.",
      );
      const related = desk.services.flags
        .list(id, { origin: 'check', type: 'headline' })
        .filter((f) => f.segmentId === headline.id && f.relatedPosition !== null)
        .map((f) => article.segments[f.relatedPosition!].en);
      expect(related.some((en) => /Security Issues Unlikely to See Breakthrough/.test(en))).toBe(true);
      expect(
        related.some((en) => /progress on international and security issues will remain limited/.test(en)),
      ).toBe(true);
    } finally {
      desk.close();
    }
  });
});
