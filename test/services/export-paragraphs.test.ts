import fs from 'node:fs';
import path from 'node:path';
import { sideParagraphs } from '../../server/engine/formats/export/paragraphs';
import { parseDocument } from '../../server/engine/formats/import';
import { SEED_FILE } from '../engine/formats/import/helpers';
import { makeDesk, type TestDesk } from '../helpers/services';

// Every export rebuilds each language's paragraphs as imported, whatever the rows are: rows
// may cross paragraphs (the aligner's or an editor's doing), and edits stay in place.
const ZH = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'align', 'seed-repost.zh.txt'));
const EN = fs.readFileSync(SEED_FILE);

/** A small deterministic generator, so a failing grouping can be replayed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('exports of the seed repost, whatever the row grouping', () => {
  let desk: TestDesk;
  let id: number;
  let zhParas: string[];
  let enParas: string[];
  beforeAll(async () => {
    zhParas = (await parseDocument({ buffer: ZH, lang: 'zh' })).paragraphs.map((p) => p.text);
    enParas = (await parseDocument({ buffer: EN, lang: 'en' })).paragraphs.map((p) => p.text);
  });
  beforeEach(async () => {
    desk = makeDesk();
    id = (await desk.services.articles.create({ zh: { buffer: ZH }, en: { buffer: EN }, author: 'ed' })).id;
  });
  afterEach(() => desk.close());

  const rows = () => desk.services.articles.get(id).segments;
  const txt = async () => (await desk.services.exports.render(id, 'txt', 'tester')).body.toString('utf8');
  const md = async () => (await desk.services.exports.render(id, 'md', 'tester')).body.toString('utf8');

  it('gives back the 19 English paragraphs as imported in txt and Markdown', async () => {
    expect(enParas).toHaveLength(19);
    expect((await txt()).trimEnd().split('\n\n')).toEqual(enParas);
    expect((await md()).trimEnd().split('\n\n')).toHaveLength(19);
  });

  it('keeps both languages’ paragraphs through random merges, splits and moves across paragraph breaks', async () => {
    const random = lcg(20260104);
    let crossing = 0;
    for (let step = 0; step < 30; step++) {
      const list = rows();
      const k = Math.floor(random() * (list.length - 1));
      const r = list[k];
      const pick = random();
      try {
        if (pick < 0.6) desk.services.realign.edit(id, { op: 'merge', segmentId: r.id }, 'ed');
        else if (pick < 0.8 && r.sentences.en.length > 1)
          desk.services.realign.edit(id, { op: 'split', segmentId: r.id, en: 1 }, 'ed');
        else
          desk.services.realign.edit(
            id,
            { op: 'move', segmentId: r.id, side: 'en', direction: 'next' },
            'ed',
          );
      } catch {
        continue; // an edit the row does not allow (nothing to move): try another
      }
      crossing += rows().filter((s) => s.spansParagraphs).length > 0 ? 1 : 0;
      expect((await txt()).trimEnd().split('\n\n')).toEqual(enParas);
      const snapshot = desk.services.exports.snapshot(id);
      expect(sideParagraphs(snapshot, 'zh').map((p) => p.text)).toEqual(zhParas);
      expect(sideParagraphs(snapshot, 'en').map((p) => p.text)).toEqual(enParas);
    }
    // the groupings did put sentences of two paragraphs into one row
    expect(crossing).toBeGreaterThan(5);
  });

  it('keeps a paragraph break inside a row that an editor changed, and when two changed rows are merged', async () => {
    const list = rows();
    // the last row of English paragraph 4 and the first of paragraph 5, both edited
    const a = list.find((s) => s.en.startsWith('Due to the U.S.-South Korea'))!;
    const b = list.find((s) => s.en.startsWith('According to South Korean media reports'))!;
    for (const s of [a, b]) {
      await desk.services.segments.saveEnglish({
        articleId: id,
        segmentId: s.id,
        text: s.en.replace('Seoul', 'Seoul (ROK)').replace('Beijing', 'Beijing (PRC)'),
        author: 'ed',
      });
    }
    desk.services.realign.edit(id, { op: 'merge', segmentId: a.id }, 'ed');
    const merged = rows().find((s) => s.en.startsWith('Due to the U.S.-South Korea'))!;
    expect(merged.en).toContain('commitments.\nAccording to South Korean media reports');
    const out = (await txt()).trimEnd().split('\n\n');
    expect(out).toHaveLength(19);
    expect(out[4]).toContain('Seoul (ROK) finds it difficult');
    expect(out[5]).toMatch(/^According to South Korean media reports, Lee will arrive in Beijing \(PRC\)/);
  });
});
