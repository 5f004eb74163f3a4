import { checkNegation } from '../../../server/engine/checks/negation';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNegation({ rows: pair(zh, en) }, context());

describe('checkNegation: one English negation over a Chinese list, zero as "no"', () => {
  it('reads negated members of a list as one negation over the coordination', () => {
    expect(run('这些成果不是买来的、不是借来的。', 'These results were not bought or borrowed.')).toEqual([]);
    expect(
      run('这是推不倒、压不垮的堤坝。', 'This is a dike that cannot be pushed over or crushed.'),
    ).toEqual([]);
  });

  it('still counts negations of separate clauses', () => {
    const found = run(
      '他不同意这个计划，也不支持那个方案。',
      'He agrees with this plan, and does not support that one.',
    );
    expect(found.some((f) => f.evidence.zh?.includes('不'))).toBe(true);
  });

  it('takes a zero quantity for "no" (住院0例 → "no one in hospital")', () => {
    expect(run('目前本地确诊病例住院0例。', 'There are no local confirmed cases in hospital.')).toEqual([]);
  });

  it('takes the word a negator begins as negated (无症状 → "no symptoms")', () => {
    expect(run('其中9%的病人无症状。', 'Of them 9% of patients had no symptoms.')).toEqual([]);
  });

  it('still flags "no" where the Chinese counts a number of cases', () => {
    const [f] = run('目前本地确诊病例住院10例。', 'There are no local confirmed cases in hospital.');
    expect(f?.evidence.en).toContain('no');
  });

  it('reads a Latin negative prefix WordNet confirms as a negation (不起眼 → "inconspicuous")', () => {
    expect(run('这是一个不起眼的院子。', 'This is an inconspicuous courtyard.')).toEqual([]);
    expect(run('这种做法不合法。', 'This practice is illegal.')).toEqual([]);
  });

  it('does not read in- or dis- words that negate nothing as negations', () => {
    const [f] = run('这种做法没有增加成本。', 'This practice increased costs.');
    expect(f?.evidence.zh).toContain('没有');
  });
});
