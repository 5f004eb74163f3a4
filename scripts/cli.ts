#!/usr/bin/env node
// Duizhao command line. Each command lives in scripts/cli/<name>.ts and exports
// run(argv): Promise<number> (the exit code); loaded lazily so `align` does not pay for
// the web stack and `export` does not pay for the dictionary.

const COMMANDS: Record<string, string> = {
  import: './cli/import',
  export: './cli/export',
  align: './cli/align',
  check: './cli/check',
  backup: './cli/backup',
  restore: './cli/restore',
  user: './cli/user',
};

function usage(): string {
  return [
    'usage: npx duizhao <command> [options]   (or node dist/scripts/cli.js, npm run --silent cli --)',
    '',
    'commands:',
    '  import --zh ZH_FILE --en EN_FILE [--db PATH] [--json]   import one article',
    '  import --bilingual FILE [--db PATH] [--json]             import a TSV/CSV/XLIFF/TMX file',
    '  import DIR_OR_FILES…                                      batch import',
    '  export ID --format FORMAT [--out FILE] [--db PATH]       export one article',
    '  align --zh ZH --en EN [--presplit] [--format beads|json] align two texts',
    '  align --zh-dir DIR --en-dir DIR --out DIR --presplit     align many pairs',
    '  check --zh ZH --en EN --json                              run the checks on two texts',
    '  backup --out FILE [--db PATH]                             copy the database safely (verified)',
    '  restore --from FILE [--db PATH] [--force]                 put a backup back (desk stopped)',
    '  user add LOGIN --role ROLE [--password-stdin]             add an account (asks for its password)',
    '  user list | disable LOGIN | enable LOGIN | role LOGIN ROLE accounts',
    '  user reset-password LOGIN [--password-stdin]              set a new password',
    '  user token LOGIN [--label LABEL]                          print a new API token',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const modulePath = COMMANDS[name];
  if (!modulePath) {
    process.stderr.write(`unknown command: ${name}\n\n${usage()}\n`);
    return 2;
  }
  let mod: { run(argv: string[]): Promise<number> };
  try {
    mod = require(modulePath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') {
      process.stderr.write(`command not available in this build: ${name}\n`);
      return 2;
    }
    throw err;
  }
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
