import { sentenceCoverages, zhContentWords } from '../../../server/engine/checks/coverage';
import { checkOmission } from '../../../server/engine/checks/omission';
import { context, pair } from './fixtures';

// two sentences of one paragraph that share their topic words
const ZH =
  '近日，市教育局开发的学生安全信息发布平台正式上线。这是为及时发布学生安全信息、帮助家长了解学校情况而建立的网络信息平台。';
const FIRST =
  'Recently, the student safety information release platform developed by the municipal education bureau officially went online.';
const SECOND =
  'It is an online information platform built to release student safety information in time and to help parents learn about their schools.';

const omitted = (en: string) => checkOmission({ rows: pair(ZH, en) }, context()).map((f) => f.evidence.zh);

describe('omission of a sentence that shares its topic with the rendered one', () => {
  it('flags the second sentence when only the first is rendered', () => {
    const [f, ...rest] = omitted(FIRST);
    expect(f).toMatch(/^这是为及时发布/);
    expect(rest).toEqual([]);
  });

  it('stays silent when both are rendered, in one English sentence or two', () => {
    expect(omitted(`${FIRST} ${SECOND}`)).toEqual([]);
    expect(omitted(`${FIRST.slice(0, -1)}; it is ${SECOND.slice(6)}`)).toEqual([]);
  });

  it('lets each English word render one Chinese word only', () => {
    const words = zhContentWords('学生信息。学生信息。', context());
    const [a, b] = [words.slice(0, 2), words.slice(2)];
    expect(sentenceCoverages([a, b], 'student information')).toEqual([1, 0]);
    expect(sentenceCoverages([a, b], 'student information; the student information')).toEqual([1, 1]);
  });
});
