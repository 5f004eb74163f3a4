import { type AlignedRow, createArticleAligner, sideText, UNSURE_BELOW } from '../../../server/engine/align';
import type { Paragraph, SegmentKind } from '../../../server/engine/types';
import { realLexicon } from '../lexicon/real-lexicon';

// The failures the news benchmark showed on whole articles, each as a small article: the
// sentences are everyday CC-CEDICT vocabulary so the dictionary evidence is plain.
const lex = realLexicon();
const align = createArticleAligner(lex);

const PAIRS: Array<[string, string]> = [
  ['老师在教室里读书。', 'The teacher is reading a book in the classroom.'],
  ['医生走进医院。', 'The doctor walks into the hospital.'],
  ['她打开窗户。', 'She opens the window.'],
  ['学生给妈妈写了一封信。', 'The student wrote a letter to his mother.'],
  ['城市里有很多汽车。', 'There are many cars in the city.'],
  ['哥哥骑自行车去上班。', 'My elder brother rides a bicycle to work.'],
  ['奶奶在厨房里做饭。', 'Grandma is cooking in the kitchen.'],
  ['火车八点钟到站。', "The train arrives at eight o'clock."],
  ['他们在公园里踢足球。', 'They are playing football in the park.'],
];
const HEAD: [string, string] = ['城市的一天', 'A day in the city'];

/** An article side: headline, then paragraphs given as lists of sentence indices into PAIRS. */
function side(lang: 0 | 1, paragraphs: number[][], extra: Record<number, string> = {}): Paragraph[] {
  const glue = lang === 0 ? '' : ' ';
  return [
    { kind: 'headline', text: HEAD[lang] },
    ...paragraphs.map((p) => ({
      kind: 'body' as SegmentKind,
      text: p.map((k) => (k < 0 ? extra[k] : PAIRS[k][lang])).join(glue),
    })),
  ];
}

function shown(zh: Paragraph[], en: Paragraph[], rows: AlignedRow[]): string[] {
  return rows.map((r) => `${sideText(zh, r.zh)} | ${sideText(en, r.en)}`.trim());
}

const oneToOne = (ks: number[]) => ks.map((k) => `${PAIRS[k][0]} | ${PAIRS[k][1]}`);

describe('article alignment with paragraph breaks that disagree', () => {
  it('links every sentence when the two sides break paragraphs in different places', () => {
    // the unseen article of the issue: zh [1][2,3,4][5,6][7,8,9], en [1,2,3][4,5,6][7,8,9]
    const zh = side(0, [[0], [1, 2, 3], [4, 5], [6, 7, 8]]);
    const en = side(1, [
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
    const rows = align(zh, en).rows;
    expect(shown(zh, en, rows)).toEqual([
      `${HEAD[0]} | ${HEAD[1]}`,
      ...oneToOne([0, 1, 2, 3, 4, 5, 6, 7, 8]),
    ]);
  });

  it('keeps a row that crosses a paragraph break, with the break inside its text', () => {
    const zh: Paragraph[] = [
      { kind: 'headline', text: HEAD[0] },
      { kind: 'body', text: `${PAIRS[0][0]}猫在院子里吃鱼，小狗在河边喝水。` },
      { kind: 'body', text: PAIRS[1][0] },
    ];
    const en: Paragraph[] = [
      { kind: 'headline', text: HEAD[1] },
      { kind: 'body', text: `${PAIRS[0][1]} The cat eats fish in the yard.` },
      { kind: 'body', text: `The little dog drinks water by the river. ${PAIRS[1][1]}` },
    ];
    const rows = align(zh, en).rows;
    expect(shown(zh, en, rows)).toEqual([
      `${HEAD[0]} | ${HEAD[1]}`,
      `${PAIRS[0][0]} | ${PAIRS[0][1]}`,
      '猫在院子里吃鱼，小狗在河边喝水。 | The cat eats fish in the yard.\nThe little dog drinks water by the river.',
      `${PAIRS[1][0]} | ${PAIRS[1][1]}`,
    ]);
  });
});

describe('article alignment of an abridged rendering', () => {
  it('leaves a run of cut sentences unmatched without dragging the sentences after them', () => {
    const zh = side(0, [
      [0, 1],
      [2, 3, 4],
      [5, 6],
      [7, 8],
    ]);
    const en = side(1, [[0, 1], [2], [5, 6, 7], [8]]);
    const rows = align(zh, en).rows;
    expect(shown(zh, en, rows)).toEqual([
      `${HEAD[0]} | ${HEAD[1]}`,
      ...oneToOne([0, 1, 2]),
      `${PAIRS[3][0]} |`,
      `${PAIRS[4][0]} |`,
      ...oneToOne([5, 6, 7, 8]),
    ]);
  });
});

describe('article alignment with an inserted paragraph', () => {
  it('leaves an unrelated English paragraph unlinked, also next to a Chinese sentence that was cut', () => {
    const note = {
      [-1]: 'Related story: football clubs across Europe announced new ticket prices on Friday. Fans were not pleased.',
    };
    const zh = side(0, [
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    const en = side(1, [[0, 1], [2], [-1], [4, 5]], note);
    const rows = align(zh, en).rows;
    expect(shown(zh, en, rows)).toEqual([
      `${HEAD[0]} | ${HEAD[1]}`,
      ...oneToOne([0, 1, 2]),
      `${PAIRS[3][0]} |`,
      '| Related story: football clubs across Europe announced new ticket prices on Friday.',
      '| Fans were not pleased.',
      ...oneToOne([4, 5]),
    ]);
  });
});

describe('article alignment of a quotation', () => {
  const said = '他说：“我们不能停留在过去。我们必须一起向前走。”';
  /** Rows of a paragraph holding the quotation between two plain sentences, against `english`. */
  const rowsWith = (english: string) => {
    const zh: Paragraph[] = [
      { kind: 'headline', text: HEAD[0] },
      { kind: 'body', text: `${PAIRS[0][0]}${said}${PAIRS[1][0]}` },
    ];
    const en: Paragraph[] = [
      { kind: 'headline', text: HEAD[1] },
      { kind: 'body', text: `${PAIRS[0][1]} ${english} ${PAIRS[1][1]}` },
    ];
    return shown(zh, en, align(zh, en).rows);
  };

  it('splits a multi-sentence Chinese quotation where the English splits it', () => {
    const rows = rowsWith('He said, “We cannot remain stuck in the past. We must move forward together.”');
    expect(rows.slice(2, 4)).toEqual([
      '他说：“我们不能停留在过去。 | He said, “We cannot remain stuck in the past.',
      '我们必须一起向前走。” | We must move forward together.”',
    ]);
  });

  it('keeps it in one row where the English renders it as one sentence', () => {
    const english = 'He said that we cannot remain stuck in the past and must move forward together.';
    expect(rowsWith(english)[2]).toBe(`${said} | ${english}`);
  });
});

describe('article alignment of captions, bylines, datelines and subheadings', () => {
  it('keeps a caption in a row of its own even when the rendering dropped it', () => {
    const zh: Paragraph[] = [
      { kind: 'headline', text: HEAD[0] },
      { kind: 'caption', text: '图为医生走进医院。（新华社）' },
      { kind: 'body', text: `${PAIRS[1][0]}${PAIRS[2][0]}` },
    ];
    const en: Paragraph[] = [
      { kind: 'headline', text: HEAD[1] },
      { kind: 'body', text: `${PAIRS[1][1]} ${PAIRS[2][1]}` },
    ];
    expect(shown(zh, en, align(zh, en).rows)).toEqual([
      `${HEAD[0]} | ${HEAD[1]}`,
      '图为医生走进医院。（新华社） |',
      ...oneToOne([1, 2]),
    ]);
  });

  it('never joins a caption, byline or subheading with a body sentence on one side', () => {
    const zh: Paragraph[] = [
      { kind: 'headline', text: HEAD[0] },
      { kind: 'byline', text: '记者 王磊' },
      { kind: 'caption', text: '医生走进医院。' },
      { kind: 'body', text: PAIRS[2][0] },
      { kind: 'subhead', text: '城市里的汽车' },
      { kind: 'body', text: PAIRS[4][0] },
    ];
    const en: Paragraph[] = [
      { kind: 'headline', text: HEAD[1] },
      { kind: 'byline', text: 'By Wang Lei' },
      { kind: 'caption', text: 'The doctor walks into the hospital, pictured.' },
      { kind: 'body', text: PAIRS[2][1] },
      { kind: 'subhead', text: 'Cars in the city' },
      { kind: 'body', text: PAIRS[4][1] },
    ];
    const { rows } = align(zh, en);
    expect(
      rows.map((r) => `${r.kind} ${r.zh.map((s) => s.paragraph)}:${r.en.map((s) => s.paragraph)}`),
    ).toEqual(['headline 0:0', 'byline 1:1', 'caption 2:2', 'body 3:3', 'subhead 4:4', 'body 5:5']);
  });
});

describe('article alignment confidence', () => {
  it('is sure of plain rows and unsure which of two identical sentences the rendering kept', () => {
    const zh = side(0, [[0], [1, 1], [2]]);
    const en = side(1, [[0], [1], [2]]);
    const rows = align(zh, en).rows;
    const linked = rows.filter((r) => r.zh.length && r.en.length);
    const twin = linked.find((r) => sideText(en, r.en) === PAIRS[1][1]);
    expect(twin?.confidence).toBeLessThan(UNSURE_BELOW);
    for (const r of linked.filter((x) => x !== twin))
      expect(r.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });
});
