// user add|list|disable|enable|role|reset-password|token — accounts from the shell. The command
// line acts on the database as a local administrator and the audit log names the OS user.
import readline from 'node:readline';
import type { Services } from '../../server/services';
import { cliActor } from '../../server/services/actor';
import { ROLES } from '../../server/services/permissions';
import { parseArgs, stringFlag } from './args';
import { describeError, openForCommand } from './context';

const USAGE = [
  'usage: user add LOGIN --role ROLE [--name "Display Name"] [--password-stdin]',
  '       user list [--json]',
  '       user disable LOGIN | user enable LOGIN',
  '       user role LOGIN ROLE',
  '       user reset-password LOGIN [--password-stdin]',
  '       user token LOGIN [--label LABEL]',
  `roles: ${ROLES.join(', ')}`,
].join('\n');

/** Reads a password: all of stdin (one trailing newline dropped), or twice from the terminal unechoed. */
async function readPassword(input: NodeJS.ReadableStream, fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    let data = '';
    for await (const chunk of input)
      data += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return data.replace(/\r?\n$/, '');
  }
  if (!(input as NodeJS.ReadStream).isTTY)
    throw new Error('no terminal to ask for a password: pass it with --password-stdin');
  const first = await ask(input, 'Password: ');
  const second = await ask(input, 'Repeat password: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

function ask(input: NodeJS.ReadableStream, prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input, output: process.stderr, terminal: true });
    // Echo nothing of what is typed (the prompt itself is written before muting).
    process.stderr.write(prompt);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function dispatch(
  services: Services,
  sub: string,
  args: ReturnType<typeof parseArgs>,
  input: NodeJS.ReadableStream,
): Promise<number> {
  const actor = cliActor();
  const [login, extra] = args.positional;
  const fromStdin = args.flags.has('password-stdin');
  const out = (s: string) => process.stdout.write(`${s}\n`);
  switch (sub) {
    case 'list': {
      const users = services.accounts.list();
      if (args.flags.has('json')) out(JSON.stringify(users, null, 2));
      else
        for (const u of users)
          out([u.login, u.role, u.disabled ? 'disabled' : 'active', u.displayName].join('\t'));
      return 0;
    }
    case 'add': {
      const role = stringFlag(args, 'role');
      if (!login || !role) break;
      const password = await readPassword(input, fromStdin);
      const user = await services.accounts.create(
        { login, role, displayName: stringFlag(args, 'name'), password },
        actor,
      );
      out(`added ${user.login} (${user.role})`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      if (!login) break;
      const user = services.accounts.setDisabled(login, sub === 'disable', actor);
      out(`${user.login} ${user.disabled ? 'disabled' : 'enabled'}`);
      return 0;
    }
    case 'role': {
      if (!login || !extra) break;
      const user = services.accounts.setRole(login, extra, actor);
      out(`${user.login} is now ${user.role}`);
      return 0;
    }
    case 'reset-password': {
      if (!login) break;
      services.accounts.getByLogin(login);
      const password = await readPassword(input, fromStdin);
      await services.accounts.setPassword(login, password, actor);
      out(`password of ${login} changed; its sessions have ended`);
      return 0;
    }
    case 'token': {
      if (!login) break;
      const user = services.accounts.getByLogin(login);
      const { token } = services.tokens.create(user.id, stringFlag(args, 'label') ?? 'cli', actor);
      // The token alone on stdout, so scripts can capture it; it is not shown again.
      out(token);
      return 0;
    }
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

export async function run(argv: string[], input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const [sub, ...rest] = argv;
  const args = parseArgs(rest, ['password-stdin', 'json']);
  if (!sub || !['add', 'list', 'disable', 'enable', 'role', 'reset-password', 'token'].includes(sub)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // Adding the first account may come before the first start: only `add` creates the database.
  const opened = openForCommand(`user ${sub}`, args, { create: sub === 'add' });
  if (!opened) return 1;
  const { services, close } = opened;
  try {
    return await dispatch(services, sub, args, input);
  } catch (err) {
    process.stderr.write(`user ${sub} failed: ${describeError(err)}\n`);
    return 1;
  } finally {
    await close();
  }
}
