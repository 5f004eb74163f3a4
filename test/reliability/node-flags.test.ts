// The server's node flags (its heap sizes, README "Configuration") are given wherever it is
// started: `npm start`, the systemd unit, the Dockerfile, and the benches' desk process.
import fs from 'node:fs';
import path from 'node:path';
import { serverNodeFlags } from '../../scripts/desk-process';
import { ROOT_DIR } from '../../server/config';

const read = (f: string) => fs.readFileSync(path.join(ROOT_DIR, f), 'utf8');

describe('the server’s node flags', () => {
  const flags = serverNodeFlags();

  it('npm start caps the request thread’s young generation', () => {
    expect(flags).toContainEqual(expect.stringMatching(/^--max-semi-space-size=\d+$/));
  });

  it('the systemd unit and the Dockerfile start the server with the same flags', () => {
    const unit = /^ExecStart=\S+node((?: --\S+)*) \S+\/dist\/server\/main\.js$/m.exec(
      read('docs/duizhao.service'),
    );
    expect(unit?.[1].trim().split(' ')).toEqual(flags);
    const cmd = /^CMD \["node", (.*)"dist\/server\/main\.js"\]$/m.exec(read('docs/Dockerfile'));
    expect(JSON.parse(`[${cmd?.[1] ?? ''}null]`).slice(0, -1)).toEqual(flags);
  });
});
