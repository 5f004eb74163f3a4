import { runChecks } from '../../../server/engine/checks';
import { enRelations, zhRelations } from '../../../server/engine/checks/quantity-relations';
import { checkRelations } from '../../../server/engine/checks/relation';
import { context, pair } from './fixtures';

const relations = (zh: string, en: string) => checkRelations({ rows: pair(zh, en) }, context());
const factors = (rs: { factors: number[] }[]) =>
  rs.map((r) => r.factors.map((f) => Math.round(f * 100) / 100));

describe('quantities in relations', () => {
  it('reads Chinese changes and comparisons as factors (成 tenths, 番 doublings, 倍 either way)', () => {
    expect(factors(zhRelations('游客人数增加近半'))).toEqual([[1.5]]);
    expect(factors(zhRelations('出口下降三成'))).toEqual([[0.7]]);
    expect(factors(zhRelations('产量翻了两番'))).toEqual([[4]]);
    expect(factors(zhRelations('产量翻一番'))).toEqual([[2]]);
    expect(factors(zhRelations('开支减半'))).toEqual([[0.5]]);
    expect(factors(zhRelations('收入减少一半'))).toEqual([[0.5]]);
    expect(factors(zhRelations('利润增长20 %'))).toEqual([[1.2]]);
    expect(factors(zhRelations('增加了两倍'))).toEqual([[2, 3]]);
    expect(factors(zhRelations('增至三倍'))).toEqual([[3]]);
    expect(factors(zhRelations('是去年同期的两倍'))).toEqual([[2]]);
    expect(zhRelations('增长近半')[0].approx).toBe(true);
  });

  it('reads no relation in levels, shares, percentage points or a half hour', () => {
    expect(zhRelations('增长率为20%')).toEqual([]);
    expect(zhRelations('下降了3个百分点')).toEqual([]);
    expect(zhRelations('会议时间增加半个小时')).toEqual([]);
    expect(enRelations('fell 3 percentage points')).toEqual([]);
    expect(enRelations('half of the staff left')).toEqual([]);
    expect(enRelations('they met three times')).toEqual([]);
    expect(enRelations('with double results')).toEqual([]);
    expect(enRelations('more than 30% of people')).toEqual([]);
  });

  it('reads English changes and comparisons', () => {
    expect(factors(enRelations('visitors were up by nearly half'))).toEqual([[1.5]]);
    expect(factors(enRelations('almost half as many visitors'))).toEqual([[0.5]]);
    expect(factors(enRelations('output quadrupled'))).toEqual([[4]]);
    expect(factors(enRelations('a 30 percent drop'))).toEqual([[0.7]]);
    expect(factors(enRelations('three times more'))).toEqual([[3, 4]]);
    expect(factors(enRelations('costs will double'))).toEqual([[2]]);
  });

  it('flags "up by nearly half" rendered as "almost half as many"', () => {
    const found = relations(
      '今年来访游客人数增加近半。',
      'This year there were almost half as many visitors.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'number', severity: 'critical', zh: { row: 1 }, en: { row: 1 } });
    expect(found[0].evidence.zh).toMatch(/增加近半/);
    expect(found[0].evidence.en).toMatch(/almost half as/);
    expect(found[0].confidence).toBeGreaterThan(0.5);
  });

  it('flags a change of another size and a change the other way', () => {
    expect(relations('该市粮食产量翻了两番。', "The city's grain output doubled.")).toHaveLength(1);
    expect(relations('出口下降三成。', 'Exports rose 30%.')[0]?.severity).toBe('critical');
    expect(relations('利润增长20%。', 'Profits fell 20 percent.')).toHaveLength(1);
    expect(relations('收入减少一半。', 'Income fell by a third.')).toHaveLength(1);
  });

  it('stays silent on faithful renderings and on forms usage allows', () => {
    const ok: [string, string][] = [
      ['游客人数增加近半。', 'Visitor numbers rose by almost half.'],
      ['产量翻了两番。', 'Output quadrupled.'],
      ['出口下降三成。', 'Exports fell by nearly a third.'],
      ['收入减少一半。', 'Income was halved.'],
      ['成本增加了两倍。', 'Costs tripled.'],
      ['成本增加了两倍。', 'Costs doubled.'],
      ['销量是去年的两倍。', 'Sales were twice as high as last year.'],
      ['销量是去年的三倍。', 'Sales were three times more than last year.'],
      ['增长近四成。', 'It increased by nearly 40%.'],
      // a relation the English writes as two levels is the number check's
      ['价格上涨一半。', 'The price went from 10 yuan to 15 yuan.'],
    ];
    for (const [zh, en] of ok) expect([zh, relations(zh, en)]).toEqual([zh, []]);
  });

  it('leaves two digit percents going the same way to the number check, once', () => {
    expect(relations('利润增长20%。', 'Profits rose 25%.')).toEqual([]);
    const all = runChecks({ rows: pair('利润增长20%。', 'Profits rose 25%.') }, context());
    expect(all.filter((f) => f.type === 'number')).toHaveLength(1);
  });

  it('runs with the other checks and keeps its finding', () => {
    const all = runChecks(
      { rows: pair('今年来访游客人数增加近半。', 'This year there were almost half as many visitors.') },
      context(),
    );
    expect(all.some((f) => f.type === 'number' && /other way/.test(f.message.en))).toBe(true);
  });
});
