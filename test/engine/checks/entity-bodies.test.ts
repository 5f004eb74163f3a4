import { checkEntities } from '../../../server/engine/checks/entity';
import { context, pair, rows } from './fixtures';

const run = (zh: string, en: string) => checkEntities({ rows: pair(zh, en) }, context());
const names = (zh: string, en: string) => run(zh, en).map((f) => f.evidence.en);

describe('checkEntities on bodies that share words with the right one', () => {
  it('flags a body in a chain whose distinguishing words have no source', () => {
    expect(
      names(
        '近日，公安部刑事侦查局打拐办开发的平台上线。',
        'Recently, the platform developed by the Anti-Abduction Office of Criminal Investigation Bureau of the National Institute of Infectious Diseases went online.',
      ),
    ).toHaveLength(1);
  });

  it('stays silent on the chain the Chinese names, with its unglossed abbreviation', () => {
    expect(
      run(
        '近日，公安部刑事侦查局打拐办开发的平台上线。',
        'Recently, the platform developed by the Anti-Abduction Office of Criminal Investigation Bureau of the Ministry of Public Security went online.',
      ),
    ).toEqual([]);
  });

  it('flags an owner the Chinese does not have before a body it does name', () => {
    const [name, ...rest] = names(
      '公安部发布了通知。',
      'The Hangzhou Public Security Bureau issued a notice.',
    );
    expect(name).toMatch(/Hangzhou Public Security Bureau$/);
    expect(rest).toEqual([]);
  });

  it('stays silent on an owner the article names elsewhere (the city of the dateline)', () => {
    const input = {
      rows: rows([
        ['杭州市举行会议', 'Hangzhou holds a meeting'],
        ['会议在市中心举行。', 'The meeting was held downtown.'],
        ['市公安局发布了通知。', 'The Hangzhou Public Security Bureau issued a notice.'],
      ]),
    };
    expect(checkEntities(input, context())).toEqual([]);
  });

  it('stays silent on an owner the Chinese of the row has', () => {
    expect(run('杭州市公安局发布了通知。', 'The Hangzhou Public Security Bureau issued a notice.')).toEqual(
      [],
    );
  });
});

describe('checkEntities on two of the article’s people swapped', () => {
  const article = (third: string) => ({
    rows: rows([
      ['会议在长沙举行', 'Meeting held in Changsha'],
      ['杨浩东在会上发言。', 'Yang Haodong spoke at the meeting.'],
      ['会议持续了两个小时。', 'The meeting lasted two hours.'],
      ['龚伯威介绍了有关情况。', third],
      ['记者随后采访了龚伯威。', 'Reporters later interviewed Gong Bowei.'],
    ]),
  });

  it('flags a person the article names elsewhere where the Chinese names another', () => {
    const found = checkEntities(article('Yang Haodong briefed the situation.'), context());
    expect(found.map((f) => [f.en?.row, f.evidence.en, f.severity])).toEqual([[3, 'Yang Haodong', 'minor']]);
  });

  it('stays silent on the right person', () => {
    expect(checkEntities(article('Gong Bowei briefed the situation.'), context())).toEqual([]);
  });
});
