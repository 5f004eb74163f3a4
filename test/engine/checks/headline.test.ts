import { checkHeadline } from '../../../server/engine/checks/headline';
import type { CheckRow } from '../../../server/engine/checks/types';
import type { SegmentKind } from '../../../server/engine/types';
import { context, rows } from './fixtures';

// The reference case (../shared/seed/000_548e2d166db6910e.txt), English side only, forum
// chrome removed: a repost headline that contradicts the article's own headline and body.
const SEED: [SegmentKind, string][] = [
  ['headline', "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues."],
  [
    'subhead',
    'Lee Jae-myung’s Visit to China Likely to Improve Bilateral Ties, but Security Issues Unlikely to See Breakthrough',
  ],
  [
    'caption',
    'On November 1, 2025, South Korean President Lee Jae-myung (second from left) and Chinese President Xi Jinping (leftmost) exchanged gifts during the Asia-Pacific Economic Cooperation (APEC) meeting in Gyeongju. (AFP)',
  ],
  [
    'body',
    'South Korean President Lee Jae-myung began a four-day state visit to China on Sunday, January 4. Against the backdrop of escalating tensions in Sino-Japanese relations and across the Taiwan Strait, Beijing is expected to seek Seoul’s alignment on Japan and Taiwan-related issues, while South Korea aims to secure Chinese support on bilateral economic cooperation and the Korean Peninsula.',
  ],
  [
    'body',
    'Scholars interviewed assessed that bilateral relations are likely to improve, but neither side will be fully satisfied with the other’s stance on international relations and security matters. Due to the U.S.-South Korea military alliance, Seoul finds it difficult to significantly adjust its position on Sino-Japanese or Taiwan issues; for Beijing, the Korean Peninsula issue is deeply entangled in U.S.-China geopolitical competition, making it hard to offer Seoul clear commitments.',
  ],
  [
    'body',
    'According to South Korean media reports, Lee will arrive in Beijing on Sunday and meet with Chinese President Xi Jinping on Monday, followed by a two-day visit to Shanghai.',
  ],
  [
    'body',
    'Associate Professor Li Mingjiang of Nanyang Technological University in Singapore and Professor Kang Jun-young of Hankuk University of Foreign Studies, who also serves as Chairman of the Northeast Asia Future Cooperation Forum, both believe that ROK-China relations will improve following the leaders’ meeting, but progress on international and security issues will remain limited.',
  ],
  [
    'body',
    'Regarding bilateral ties, Kang believes both sides could achieve tangible outcomes in supply chains, semiconductors, rare earths, and people-to-people exchanges.',
  ],
];

function seedRows(headline = SEED[0][1]): CheckRow[] {
  const list = SEED.map(([kind, text], i) => [kind, i === 0 ? headline : text] as const);
  return rows(
    list.map(([, en]) => ['', en]),
    list.map(([kind]) => kind),
  );
}

describe('checkHeadline on the seed (English only)', () => {
  const findings = checkHeadline({ rows: seedRows() }, context());

  it('flags the repost headline against the subheading "…but Security Issues Unlikely to See Breakthrough"', () => {
    const f = findings.find((x) => x.related?.row === 1);
    expect(f).toMatchObject({ type: 'headline', severity: 'critical', zh: null, en: { row: 0 } });
    expect(f?.message.en).toMatch(/Security Issues Unlikely to See Breakthrough/);
    expect(f?.message.zh).toMatch(/标题与正文矛盾/);
  });

  it('flags it against the body statement that progress on security issues will remain limited', () => {
    const f = findings.find((x) => x.related?.row === 6);
    expect(f?.message.en).toMatch(/security issues will remain limited/);
  });

  it('does not point at the clauses that agree with it or at unrelated paragraphs', () => {
    expect(findings.map((f) => f.related?.row).sort()).toEqual([1, 6]);
  });

  it('stays silent when the headline says what the subheading says', () => {
    const fixed =
      'Lee Jae-myung’s Visit to China Likely to Improve Ties, but Security Issues Unlikely to See Breakthrough';
    expect(checkHeadline({ rows: seedRows(fixed) }, context())).toEqual([]);
  });
});

describe('checkHeadline against the Chinese headline', () => {
  const run = (zh: string, en: string, body: [string, string] = ['正文第一段。', 'First paragraph.']) =>
    checkHeadline({ rows: rows([[zh, en], body]) }, context());

  it('flags an English headline that negates the Chinese one', () => {
    const [f] = run(
      '重庆中职学校试行现代学徒制',
      'Modern apprenticeship system is not tried in Chongqing schools',
    );
    expect(f).toMatchObject({ type: 'headline', severity: 'critical', en: { row: 0, start: 32, end: 35 } });
  });

  it('flags "refused to award" where the Chinese headline awards', () => {
    expect(
      run('澳门大学颁授荣誉博士学位', 'University of Macau refused to award honorary doctorates'),
    ).toHaveLength(1);
  });

  it('flags a headline number that differs from the Chinese headline', () => {
    expect(run('北京高校毕业生预计达26.8万人', 'Beijing graduates expected to reach 286,000')).toHaveLength(
      1,
    );
  });

  it('flags "severe" where the lead says "milder"', () => {
    const found = run(
      '南非医生：奥密克戎多为轻症',
      'South African doctors: most Omicron patients are severe cases',
      [
        '南非医生认为奥密克戎感染者症状较轻。',
        'South African doctors believe that patients infected by Omicron are milder cases.',
      ],
    );
    expect(found.map((f) => f.related?.row)).toEqual([1]);
  });

  it.each([
    ['重庆中职学校试行现代学徒制', 'Modern apprenticeship system is tried in Chongqing schools'],
    ['北京高校毕业生预计达26.8万人', 'Beijing graduates expected to reach 268,000'],
    ['安全议题难有突破', 'Security issues unlikely to see a breakthrough'],
  ])('stays silent on a faithful headline: %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('does not compare a faithful headline with body paragraphs that negate something else', () => {
    const found = run(
      '重庆中职学校试行现代学徒制',
      'Modern apprenticeship system is tried in Chongqing schools',
      [
        '学生不再是单纯的学生。',
        'Students in Chongqing schools are no longer just students of the apprenticeship system.',
      ],
    );
    expect(found).toEqual([]);
  });
});

describe('checkHeadline: main claim', () => {
  it('flags an English headline that says something else than the Chinese one', () => {
    const found = checkHeadline(
      {
        rows: rows([
          [
            '南非医生认为奥密克戎传播力强但多为轻症',
            'Gulf states pledge to tackle common challenges together',
          ],
        ]),
      },
      context(),
    );
    expect(found.map((f) => f.message.en)).toEqual([
      'The English headline does not seem to carry the main claim of the Chinese headline.',
    ]);
  });
});
