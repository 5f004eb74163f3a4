import fs from 'node:fs';
import { MIGRATIONS_DIR } from '../helpers/services';

describe('data/migrations', () => {
  it('numbers every migration once (migrate() skips a second file with a number it has applied)', () => {
    const numbers = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => f.slice(0, 3));
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
  });
});
