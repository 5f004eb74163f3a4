// Renderings that keep the Chinese certainty in other words: each stays silent, and the
// same English against a Chinese that lacks the source of the hedge is still caught.
import { checkHedges } from '../../../server/engine/checks/hedge';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkHedges({ rows: pair(zh, en) }, context());

describe('hedges English renders with an equivalent', () => {
  it.each([
    // an attribution ("it was reported") answers 报道称, and the 可能 keeps its own "may"
    ['报道称，该地区可能爆发山洪。', 'It was reported that flash floods may break out in the area.'],
    // 看起来 is "seem"
    ['这看起来可能是最严重的情况。', 'This may seem to be the most serious situation.'],
    // 倾向于, 极易: a propensity is "likely"
    ['年轻人更倾向于储蓄。', 'Young people are more likely to save.'],
    ['山区极易发生泥石流。', 'Mudslides are likely in the mountains.'],
    // the mood of what someone hopes, and of a time clause, is no hedge
    [
      '他希望疫情结束后再来北京看展览。',
      'He hoped that, after the pandemic, he could come to Beijing again.',
    ],
    [
      '运营商必须在客机再次投入使用前更换这一部件。',
      'The operator must replace the part before the aircraft may return to service.',
    ],
    // "make sure" is 确保, not "surely"
    ['他确保及时向公众提供信息。', 'He made sure to provide information to the public in time.'],
    // 相传 inside 代代相传 ("from generation to generation") reports nothing
    ['我们要让红色江山代代相传。', 'We must pass the red country down from generation to generation.'],
    // 对于…来说 is "for", nobody speaks
    [
      '对于党员干部来说，党史是最好的教科书。',
      'For Party members and cadres, Party history is the best textbook.',
    ],
    // two attributions in one English clause chain: "reports that … believe"
    ['据新华社报道，专家认为，经济将复苏。', 'Xinhua reports that experts believe the economy will recover.'],
    [
      '据越通社报道，越南作出了巨大贡献。',
      'The Vietnam News Agency reports that Vietnam has made a great contribution.',
    ],
    // quoted speech closed with a second “ is still quoted speech
    [
      '他补充说：“我们都知道约翰总会惹麻烦，但那是好的麻烦。”',
      'He continued, “We all knew John would always get into trouble, but it was good trouble. “',
    ],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it.each([
    ['报道称，该地区爆发山洪。', 'It was reported that flash floods may break out in the area.', 'may'],
    ['这是最严重的情况。', 'This may seem to be the most serious situation.', 'seem'],
    ['年轻人储蓄更多。', 'Young people are likely to save more.', 'likely'],
    ['他下周来北京看展览。', 'He could come to Beijing next week to see the exhibition.', 'could'],
    // a comma closes the time clause: the "may" of what officials said is theirs
    ['会前，官员表示价格将上涨。', 'Before the meeting, officials said prices may rise.', 'may'],
    ['他会及时向公众提供信息。', 'He is sure to provide information to the public in time.', 'sure to'],
    ['相传，这座桥建于唐代。', 'The bridge was built in the Tang dynasty.', '相传'],
    ['他说，党史是最好的教科书。', 'Party history is the best textbook.', '说'],
    ['据新华社报道，专家认为，经济将复苏。', 'The economy will recover.', '据新华社报道'],
  ])('still flags %s ↔ "%s" (%s)', (zh, en, cue) => {
    const found = run(zh, en);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.message.en).join(' ')).toContain(cue);
  });
});
