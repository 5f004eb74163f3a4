// A fresh `npm ci` on the Node 20 this project targets is clean: no locked package demands a
// newer Node (issue 10, defect 12: docx pulled in nanoid 6, which needs Node 22).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config';

// semver ships with npm's own dependency tree; no types needed for one call
const semver = require('semver') as { satisfies(v: string, range: string, o?: object): boolean };

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

describe('package-lock.json on Node 20', () => {
  it('locks no package whose engines exclude Node 20.19 (the oldest Node 20 we run on)', () => {
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies('20.19.0', (p.engines as { node: string }).node))
      .map(([name, p]) => `${name}@${p.version} (${(p.engines as { node: string }).node})`);
    expect(refused).toEqual([]);
  });

  it('docx still writes a document with the pinned nanoid', async () => {
    const { exportArticle } = await import('../../server/engine/formats/export');
    const { hostileArticle } = await import('../fixtures/interchange/articles');
    const out = await exportArticle(hostileArticle(), 'docx');
    expect(out.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(lock.packages['node_modules/docx/node_modules/nanoid']?.version).toMatch(/^5\./);
  });
});
