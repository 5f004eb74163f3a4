import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config';

describe('the duizhao bin', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    scripts: Record<string, string>;
  };

  it('points at the compiled CLI, which runs without npm or the build check', () => {
    expect(pkg.bin.duizhao).toBe('dist/scripts/cli.js');
    expect(fs.readFileSync(path.join(ROOT_DIR, 'scripts', 'cli.ts'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );
    // the build check belongs to the npm wrapper only
    expect(pkg.scripts.cli).toMatch(/build\.mjs --if-needed/);
    const out = execFileSync(process.execPath, [path.join(ROOT_DIR, pkg.bin.duizhao), '--help'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/^usage: npx duizhao <command>/);
  });
});
