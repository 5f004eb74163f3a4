import { checkAddition } from '../../../server/engine/checks/addition';
import { checkOmission } from '../../../server/engine/checks/omission';
import { oneSidedRun } from '../../../server/engine/checks/split-pairs';
import { context, rows } from './fixtures';

// one Chinese paragraph of semicolon clauses that the aligner left as clause rows beside
// the one English row rendering them all
const clauses: [string, string][] = [
  ['经济保持领先', 'Economy keeps its lead'],
  [
    '',
    'The economy of our country keeps a leading position in the world, with strong tenacity; the national strategic scientific and technological strength has expanded in an accelerated way, with significant innovative achievements emerging continuously; the grain output has stayed above 1.3 trillion jin for seven years.',
  ],
  ['我国经济保持全球领先地位，发展韧性强；', ''],
  ['国家战略科技力量加快壮大，重大创新成果竞相涌现；', ''],
  ['全年粮食连续7年保持在1.3万亿斤以上。', ''],
];

describe('a paragraph left as clause rows beside one English row', () => {
  it('reads the run of one-sided rows as partners', () => {
    expect(oneSidedRun(rows(clauses), 3)).toEqual([1]);
    expect(oneSidedRun(rows(clauses), 1)).toEqual([2, 3, 4]);
    expect(oneSidedRun(rows(clauses), 0)).toEqual([]);
  });

  it('stays silent: neither omission nor addition', () => {
    const input = { rows: rows(clauses) };
    expect(checkOmission(input, context())).toEqual([]);
    expect(checkAddition(input, context())).toEqual([]);
  });

  it('still flags a clause row the run’s English does not render, and unrelated English', () => {
    const input = {
      rows: rows([
        ...clauses.slice(0, 1),
        [
          '',
          'The spokesman of the football club said the coach would stay for another season after the team won the cup final.',
        ],
        ...clauses.slice(2),
      ]),
    };
    expect(checkOmission(input, context()).length).toBeGreaterThan(0);
    expect(checkAddition(input, context()).map((f) => f.en?.row)).toEqual([1]);
  });
});
