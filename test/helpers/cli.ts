// Runs a CLI command module in-process (its run(argv) export), capturing what it writes, so
// tests exercise the command's parsing and output without paying for a process per case.
export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function captureRun(
  run: (argv: string[]) => Promise<number>,
  argv: string[],
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const text = (c: string | Uint8Array) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    stdout += text(c);
    return true;
  });
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
    stderr += text(c);
    return true;
  });
  try {
    return { code: await run(argv), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
