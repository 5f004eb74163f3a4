import fs from 'node:fs';
import path from 'node:path';
import { textToParagraphs } from '../../../scripts/cli/align';
import {
  type AlignedRow,
  createArticleAligner,
  mergeWithNext,
  realign,
  sideText,
} from '../../../server/engine/align';
import type { Paragraph } from '../../../server/engine/types';
import { realLexicon } from '../lexicon/real-lexicon';

const lex = realLexicon();
const align = createArticleAligner(lex);
const demo = path.resolve(__dirname, '..', '..', '..', 'data', 'demo');

function load(name: string): { zh: Paragraph[]; en: Paragraph[] } {
  return {
    zh: textToParagraphs(fs.readFileSync(path.join(demo, `${name}.zh.txt`), 'utf8'), 'zh'),
    en: textToParagraphs(fs.readFileSync(path.join(demo, `${name}.en.txt`), 'utf8'), 'en'),
  };
}

/** Rows as "zh paragraph.sentence… : en paragraph.sentence…" using sentence starts. */
function paragraphsOf(rows: AlignedRow[]): string[] {
  return rows.map(
    (r) => `${r.zh.map((s) => s.paragraph).join(',')}:${r.en.map((s) => s.paragraph).join(',')}`,
  );
}

describe('createArticleAligner on the demo articles', () => {
  it('pairs the headlines first and every paragraph of "visit" with its rendering', () => {
    const { zh, en } = load('visit');
    const { rows } = align(zh, en);
    expect(rows[0]).toMatchObject({ kind: 'headline' });
    expect(sideText(zh, rows[0].zh)).toBe(zh[0].text);
    expect(sideText(en, rows[0].en)).toBe(en[0].text);
    expect(paragraphsOf(rows)).toEqual(['0:0', '1:1', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6']);
    expect(rows.slice(1).every((r) => r.kind === 'body')).toBe(true);
    // the second sentence of paragraph 1 is its own row on both sides
    expect(sideText(zh, rows[2].zh)).toBe('这是他就任以来首次访问澳大利亚。');
    expect(sideText(en, rows[2].en)).toBe('It is his first visit to Australia since taking office.');
  });

  it('shows the omitted forecast paragraph of "flood" as a row against an empty cell', () => {
    const { zh, en } = load('flood');
    const { rows } = align(zh, en);
    expect(paragraphsOf(rows)).toEqual(['0:0', '1:1', '2:2', '3:', '4:3']);
    expect(sideText(zh, rows[3].zh)).toContain('气象部门预计');
    // the paragraph pass is sure the forecast has no counterpart: the row is right as shown
    expect(rows[3].confidence).toBeGreaterThan(0.5);
    expect(rows[3].confidence).toBeLessThanOrEqual(1);
  });

  it('aligns "jetliner" one to one with confidences in range', () => {
    const { zh, en } = load('jetliner');
    const { rows } = align(zh, en);
    expect(paragraphsOf(rows)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    for (const r of rows) {
      expect(r.confidence).toBeGreaterThan(0.5);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('createArticleAligner on unusual input', () => {
  it('aligns text pasted as one long block on each side', () => {
    const zh: Paragraph[] = [{ kind: 'body', text: '医生走进医院。她打开窗户。猫吃鱼，狗喝水。下雨了。' }];
    const en: Paragraph[] = [
      { kind: 'body', text: 'The doctor walks into the hospital. She opens the window. The cat eats fish.' },
      { kind: 'body', text: 'The dog drinks water. It is raining.' },
    ];
    const { rows } = align(zh, en);
    const shown = rows.map((r) => `${sideText(zh, r.zh)} | ${sideText(en, r.en)}`);
    expect(shown).toEqual([
      '医生走进医院。 | The doctor walks into the hospital.',
      '她打开窗户。 | She opens the window.',
      '猫吃鱼，狗喝水。 | The cat eats fish.\nThe dog drinks water.',
      '下雨了。 | It is raining.',
    ]);
  });

  it('returns no rows for two empty articles and one-sided rows when a side is empty', () => {
    expect(align([], []).rows).toEqual([]);
    const { rows } = align([{ kind: 'headline', text: '标题' }], []);
    expect(rows).toEqual([
      { kind: 'headline', zh: [{ paragraph: 0, start: 0, end: 2 }], en: [], confidence: 0.5 },
    ]);
  });
});

describe('realign', () => {
  it('re-runs the aligner around rows fixed by hand and keeps those rows', () => {
    const { zh, en } = load('visit');
    const { rows } = align(zh, en);
    // a person merges rows 3 and 4 (wrongly, but it is their call)
    const edited = mergeWithNext(rows, 3);
    // and the automatic rows after it get scrambled, e.g. by a stale alignment
    const scrambled: AlignedRow[] = [
      ...edited.slice(0, 4),
      mergeWithNext(edited, 4)[4],
      ...edited.slice(6),
    ].map((r) => (r === edited[3] ? r : { ...r, manual: undefined }));
    const out = realign(scrambled, zh, en, lex);
    expect(out[3]).toBe(scrambled[3]);
    expect(paragraphsOf(out)).toEqual(['0:0', '1:1', '1:1', '2,3:2,3', '4:4', '5:5', '6:6']);
  });
});

describe('createArticleAligner with different paragraphing', () => {
  it('aligns sentences directly when one side has a paragraph per sentence', () => {
    const zhText = ['医生走进医院。', '她打开窗户。', '猫吃鱼。', '狗喝水。', '下雨了。', '风吹着大树。'];
    const zh: Paragraph[] = zhText.map((text) => ({ kind: 'body', text }));
    const en: Paragraph[] = [
      { kind: 'body', text: 'The doctor walks into the hospital. She opens the window.' },
      {
        kind: 'body',
        text: 'The cat eats fish. The dog drinks water. It is raining. The wind is blowing the big tree.',
      },
    ];
    const { rows } = align(zh, en);
    expect(rows.map((r) => `${r.zh.length}-${r.en.length}`)).toEqual([
      '1-1',
      '1-1',
      '1-1',
      '1-1',
      '1-1',
      '1-1',
    ]);
  });
});
