// Transliterations the dictionary does not hold, and English spellings whose letters are
// silent in speech: each name is found in the Chinese, and a name of other sounds is not.

import { segment } from '../../../server/engine/checks/coverage';
import { checkEntities } from '../../../server/engine/checks/entity';
import { englishSounds, soundsLike, unwordedRuns } from '../../../server/engine/checks/name-sounds';
import { context, pair } from './fixtures';

const dict = () => {
  const d = context().dictionary;
  if (!d) throw new Error('the dictionary is needed');
  return d;
};
const runs = (zh: string) =>
  unwordedRuns(segment(dict(), zh), context().lexicons.transliteration, context().lexicons.zhFunctionWords);

describe('name sounds beyond the transliteration table', () => {
  it('reads w after a vowel as part of the vowel', () => {
    expect(englishSounds('Lewis')).toEqual(['L', 'S']);
    expect(englishSounds('Shaw')).toEqual(['S']);
    // w after a consonant is a sound
    expect(englishSounds('Edwin')).toEqual(['T', 'F', 'N']);
  });

  it('reads a run of single characters holding a transliteration character as a name', () => {
    expect(runs('周六，刘易斯的五个兄弟姐妹谈到了他。')).toContain('刘易斯');
    expect(soundsLike('Lewis', runs('周六，刘易斯的五个兄弟姐妹谈到了他。'), dict())).toBe(true);
    // dictionary words and function words break a run
    expect(runs('他在北京说，我们的经济会复苏。')).toEqual([]);
    expect(soundsLike('Merkel', runs('周六，刘易斯的五个兄弟姐妹谈到了他。'), dict())).toBe(false);
  });

  it('lets an initial J or Y answer a y- syllable', () => {
    expect(soundsLike('Jacob', ['雅各布'], dict())).toBe(true);
    expect(soundsLike('Jacob', ['博索纳罗'], dict())).toBe(false);
  });

  it('keeps a transliterated name it can hear silent, and flags a name of other sounds', () => {
    const check = (zh: string, en: string) => checkEntities({ rows: pair(zh, en) }, context());
    expect(
      check(
        '周六，刘易斯的五个兄弟姐妹在特洛伊大学谈到了他。',
        "On Saturday, Lewis's five siblings spoke of him at Troy University.",
      ),
    ).toEqual([]);
    const found = check(
      '周六，刘易斯的五个兄弟姐妹在特洛伊大学谈到了他。',
      "On Saturday, Merkel's five siblings spoke of him at Troy University.",
    );
    expect(found.map((f) => f.evidence?.en ?? '').join(' ')).toContain('Merkel');
  });

  it('leaves a pinyin spelling to pinyin: a misspelt Chinese name is still flagged', () => {
    const check = (zh: string, en: string) => checkEntities({ rows: pair(zh, en) }, context());
    const found = check(
      '中新网乌鲁木齐7月26日电 (记者 孙亭文 赵雅敏)乌鲁木齐市卫健委通报最新疫情。',
      'URUMQI, July 26 (Ecns.cn, by Sun Tingwen, Zhao Yaomin): the Urumqi Health Commission reported the latest outbreak.',
    );
    expect(found.map((f) => f.evidence?.en ?? '').join(' ')).toContain('Zhao Yaomin');
  });
});
