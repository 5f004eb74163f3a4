import fs from 'node:fs';
import path from 'node:path';
import { createArticleAligner, sideText } from '../../../server/engine/align';
import { parseDocument } from '../../../server/engine/formats/import';
import type { ParsedDocument } from '../../../server/engine/types';
import { SEED_FILE } from '../formats/import/helpers';
import { realLexicon } from '../lexicon/real-lexicon';

// The reference repost (English, with forum chrome) against a faithful Chinese of its
// article, written for these tests and paragraphed differently: the Chinese merges some of
// the English paragraphs and splits others, as the two sides of a real pair do.
const ZH_FILE = path.resolve(__dirname, '..', '..', 'fixtures', 'align', 'seed-repost.zh.txt');

describe('the seed repost against its Chinese', () => {
  let zh: ParsedDocument;
  let en: ParsedDocument;
  beforeAll(async () => {
    zh = await parseDocument({ buffer: fs.readFileSync(ZH_FILE), lang: 'zh' });
    en = await parseDocument({ buffer: fs.readFileSync(SEED_FILE), lang: 'en' });
  });

  it('finds the headline, the caption and 19 paragraphs on each side', () => {
    expect(zh.paragraphs).toHaveLength(19);
    expect(en.paragraphs).toHaveLength(19);
    expect(zh.paragraphs.map((p) => p.kind).slice(0, 3)).toEqual(['headline', 'caption', 'body']);
    expect(en.paragraphs.map((p) => p.kind).slice(0, 3)).toEqual(['headline', 'subhead', 'caption']);
  });

  it('aligns row for row, in order, the caption alone and the quotation split like the English', () => {
    const { rows } = createArticleAligner(realLexicon())(zh.paragraphs, en.paragraphs);
    const shown = rows.map(
      (r) =>
        `${r.kind} ${sideText(zh.paragraphs, r.zh).slice(0, 12)} | ${sideText(en.paragraphs, r.en).split(/\s+/).slice(0, 5).join(' ')}`,
    );
    expect(shown).toEqual([
      "headline 李在明访华料改善双边关系 | Lee Jae-myung's visit to China",
      'subhead  | Lee Jae-myung’s Visit to China',
      'caption 2025年11月1日，韩 | On November 1, 2025, South',
      'body 韩国总统李在明星期天（1 | South Korean President Lee Jae-myung',
      'body 在中日关系和台海局势紧张 | Against the backdrop of escalating',
      'body 受访学者评估认为，双边关 | Scholars interviewed assessed that bilateral',
      'body 由于美韩军事同盟，首尔难 | Due to the U.S.-South Korea',
      'body 据韩国媒体报道，李在明星 | According to South Korean media',
      'body 这是两国领导人两个月内第 | This marks the second mutual',
      'body 这也是2019年以来韩国 | It is also the first',
      'body 李在明是中国政府2026 | Lee is the first foreign',
      'body 结束访华行程后，他将于本 | Following his China trip, he',
      'body 访华前，李在明在青瓦台接 | Prior to his visit, Lee',
      'body 根据央视的中文译文，李在 | According to CCTV’s Chinese transcript,',
      'body 李在明指出，虽然过去有“ | Lee noted that although there',
      'body 他建议两国领导人争取每年 | He suggested that leaders of',
      'body 在台湾问题上，他重申一个 | On the Taiwan issue, he',
      'body 被问及两国应如何共同纪念 | When asked how the two',
      'body 他只说，中韩两国共同抗击 | He only said that the',
      'body 为了两国人民更美好的未来 | For a better future for',
      'body 韩国媒体报道，李在明将参 | South Korean media reported that',
      'body 《朝鲜日报》引述不具名消 | According to Chosun Ilbo, citing',
      'body 自2016年韩国部署萨德 | Since South Korea deployed the',
      'body 《朝鲜日报》星期六公布的 | A recent Chosun Ilbo survey',
      'body 新加坡南洋理工大学副教授 | Associate Professor Li Mingjiang of',
      'body 姜浚荣接受《联合早报》采 | Kang told Lianhe Zaobao that',
      'body 在台湾问题上，韩国只会重 | On Taiwan, South Korea will',
      'body 他也提醒，中国试图拉拢韩 | He also cautioned that China’s',
      'body 李明江指出，虽然朝鲜问题 | Li Mingjiang noted that while',
      'body 因此，中国不太可能作出具 | Therefore, China is unlikely to',
      'body 在双边关系方面，姜浚荣认 | Regarding bilateral ties, Kang believes',
      'body 他补充说，如果能促进民间 | He added that if civilian',
      'body 中国人民大学国际事务研究 | Wang Yiwei, Director of the',
      'body 他指出，中韩在科研领域是 | He pointed out that China',
      'body 随着中国在即将到来的“十 | As China opens up sectors',
      'body 据韩联社报道，由200多 | According to Yonhap News Agency,',
    ]);
    // "这也是2019年以来…" stands against its own English, not THAAD's (no false 2016/2019 row)
    const since2019 = rows.find((r) => sideText(zh.paragraphs, r.zh).startsWith('这也是2019年'));
    expect(sideText(en.paragraphs, since2019?.en ?? [])).toContain('since 2019');
    // the one Chinese sentence the English renders as two holds both
    const thaad = rows.find((r) => sideText(zh.paragraphs, r.zh).startsWith('自2016年'));
    expect(thaad?.en).toHaveLength(2);
    expect(sideText(en.paragraphs, thaad?.en ?? [])).toContain(
      'Bilateral relations have yet to fully recover.',
    );
  });
});
