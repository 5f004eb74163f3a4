import { runChecks } from '../../../server/engine/checks';
import { checkEntityPeople, zhPeople } from '../../../server/engine/checks/entity-people';
import { context, pair } from './fixtures';

const people = (zh: string, en: string) => checkEntityPeople({ rows: pair(zh, en) }, context());

describe('a different person of the same kind', () => {
  it('reads the people the Chinese names: dictionary people and a name after a title', () => {
    const dict = context().dictionary!;
    const fw = context().lexicons.zhFunctionWords;
    const tr = context().lexicons.transliteration;
    expect(zhPeople('国务院总理李强在会上发表讲话。', dict, fw, tr).map((p) => p.text)).toEqual(['李强']);
    expect(zhPeople('美国总统拜登表示欢迎。', dict, fw, tr).map((p) => p.text)).toEqual(['拜登']);
    expect(zhPeople('外长王毅会见了来访客人。', dict, fw, tr).map((p) => p.text)).toEqual(['王毅']);
    // an office without a name after it names no one; a given name of transliteration
    // characters only is a foreign name outside the dictionary, for the sound matching to judge
    expect(zhPeople('总统表示欢迎。', dict, fw, tr)).toEqual([]);
    expect(zhPeople('司法部长焦布洛表示欢迎。', dict, fw, tr)).toEqual([]);
  });

  it('flags a titled name where the Chinese names another person under that title', () => {
    const found = people('美国总统拜登表示欢迎。', 'US President Trump welcomed it.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'entity', evidence: { zh: '拜登', en: 'Trump' } });
    expect(found[0].en).toMatchObject({ row: 1, start: 13, end: 18 });
    expect(found[0].zh).toMatchObject({ row: 1, start: 4, end: 6 });
    expect(found[0].confidence).toBeGreaterThan(0.5);
  });

  it('flags a Chinese name in pinyin put in the place of another premier', () => {
    const found = people(
      '国务院总理李强在会上发表讲话。',
      'Premier Xi Jinping delivered a speech at the meeting.',
    );
    expect(found.map((f) => [f.evidence.zh, f.evidence.en])).toEqual([['李强', 'Xi Jinping']]);
  });

  it('is silent when the person is the one the Chinese names, however spelled', () => {
    const ok: [string, string][] = [
      ['美国总统拜登表示欢迎。', 'US President Joe Biden welcomed it.'],
      ['美国总统拜登表示欢迎。', 'US President Biden welcomed it.'],
      ['国务院总理李强在会上发表讲话。', 'Premier Li Qiang delivered a speech at the meeting.'],
      ['外长王毅会见了来访客人。', 'Foreign Minister Wang Yi met the visitors.'],
      // a transliterated name spelled as it sounds
      ['波兰司法部长焦布洛表示欢迎。', 'Polish Justice Minister Ziobro welcomed it.'],
      ['以色列国防部长甘茨表示欢迎。', 'Israeli Defense Minister Gantz welcomed it.'],
      // the title rendered, the name left out: an omission at most, no other person
      ['国务院总理李强在会上发表讲话。', 'The premier delivered a speech at the meeting.'],
      // a place or body after the title, not a person
      ['美国总统拜登表示欢迎。', 'The US President welcomed it, the White House said.'],
    ];
    for (const [zh, en] of ok) expect([en, people(zh, en)]).toEqual([en, []]);
  });

  it('gives the finding its own title kind through runChecks', () => {
    const all = runChecks(
      { rows: pair('美国总统拜登表示欢迎。', 'US President Trump welcomed it.') },
      context(),
    );
    expect(all.some((f) => f.type === 'entity' && /a different person/.test(f.message.en))).toBe(true);
  });
});
