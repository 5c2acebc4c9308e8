import 'reflect-metadata';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { runTask, withConfiguredDatabase } from '../server/database/configured-database';
import { migrate } from '../server/database/orm';
import { AccessTokenKind } from '../server/modules/account/access-token.entity';
import { AccountRole } from '../server/modules/account/account-role';
import { createAccount, issueToken } from '../server/modules/account/account.service';
import { Bureau } from '../server/modules/bureau/bureau.entity';

const usage = `usage: npm run user:create -- --username <name> --role <${Object.values(AccountRole).join('|')}> [--bureau <6-digit division code>] [--name <display name>] [--api-token <label>]
The password comes from BIANZHI_PASSWORD, or is asked for (not for INTEGRATOR accounts, which use API tokens).`;

/** A mistake in what was asked for: printed as "field: message", without a stack. */
class RequestError extends Error {}

interface AccountRequest {
  username: string;
  role: AccountRole;
  bureauCode: string | null;
  displayName: string;
  apiTokenLabel: string | null;
}

function parseOptions() {
  try {
    return parseArgs({
      options: { help: { type: 'boolean', short: 'h' }, username: { type: 'string' }, role: { type: 'string' }, bureau: { type: 'string' }, name: { type: 'string' }, 'api-token': { type: 'string' } },
    }).values;
  } catch (error) {
    throw new RequestError(`${(error as Error).message}\n${usage}`);
  }
}

function parseRequest(): AccountRequest {
  const values = parseOptions();
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (!values.username || !values.role) throw new RequestError(usage);
  const role = values.role.toUpperCase() as AccountRole;
  if (!Object.values(AccountRole).includes(role)) throw new RequestError(`role: must be one of ${Object.values(AccountRole).join(', ')}`);
  if (values.bureau !== undefined && !/^\d{6}$/.test(values.bureau)) throw new RequestError('bureau: must be a 6-digit administrative division code, e.g. 520102');
  const apiTokenLabel = values['api-token'] ?? null;
  if (apiTokenLabel !== null && role !== AccountRole.INTEGRATOR) throw new RequestError('api-token: API tokens are for INTEGRATOR accounts; people log in');
  return { username: values.username, role, bureauCode: values.bureau ?? null, displayName: values.name ?? values.username, apiTokenLabel };
}

/**
 * One line from standard input. On a terminal what is typed is not echoed;
 * the prompt goes to standard error, so that standard output holds only what
 * was created (and the API token).
 */
function readSecretLine(prompt: string): Promise<string> {
  const terminal = Boolean(process.stdin.isTTY);
  let muted = false;
  // readline echoes keystrokes to its output: everything after the prompt is swallowed here.
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const lines = readline.createInterface({ input: process.stdin, output, terminal });
  return new Promise((resolve, reject) => {
    let answered = false;
    lines.once('SIGINT', () => {
      lines.close();
      process.stderr.write('\n');
      process.exit(130);
    });
    lines.once('close', () => {
      if (!answered) reject(new RequestError('password: none given (set BIANZHI_PASSWORD or type it)'));
    });
    lines.question(prompt, (answer) => {
      answered = true;
      lines.close();
      if (terminal) process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(role: AccountRole): Promise<string | null> {
  const fromEnvironment = process.env.BIANZHI_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (role === AccountRole.INTEGRATOR) return null;
  const password = await readSecretLine('Password (at least 12 characters): ');
  // A typo nobody saw would lock the account's owner out.
  if (process.stdin.isTTY && (await readSecretLine('Repeat the password: ')) !== password) throw new RequestError('password: the two entries differ');
  return password;
}

async function main(): Promise<void> {
  const request = parseRequest();
  const password = await readPassword(request.role);
  await withConfiguredDatabase(async (orm) => {
    await migrate(orm);
    const created = await orm.em.fork().transactional(async (em) => {
      const bureau = request.bureauCode === null ? null : await em.findOne(Bureau, { code: request.bureauCode });
      if (request.bureauCode !== null && !bureau) throw new RequestError(`bureau: no bureau with division code ${request.bureauCode}`);
      const account = await createAccount(em, {
        username: request.username,
        displayName: request.displayName,
        role: request.role,
        bureauId: bureau ? String(bureau.id) : null,
        password,
      });
      const token = request.apiTokenLabel === null ? null : await issueToken(em, account, AccessTokenKind.API, request.apiTokenLabel, null);
      return { account, bureau, token };
    });
    const { account, bureau, token } = created;
    const over = bureau ? `${bureau.name} (${bureau.code}) and everything under it` : 'the whole registry';
    console.log(`created ${account.role} account "${account.username}" (${account.displayName}), id ${account.id}, over ${over}`);
    console.log(account.passwordHash ? 'it logs in with the password given' : 'it has no password: it uses API tokens (issueApiToken)');
    if (token) {
      console.log(`API token "${token.accessToken.label}", id ${token.accessToken.id}, without expiry; it is shown this once, store it now:`);
      console.log(token.secret);
    }
  });
}

runTask(async () => {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof RequestError || (error instanceof GraphQLError && typeof error.extensions.field === 'string'))) throw error;
    const field = error instanceof GraphQLError ? String(error.extensions.field) : null;
    // Bianzhi's validation messages already start with the field they name.
    console.error(field === null || error.message.startsWith(`${field}:`) ? error.message : `${field}: ${error.message}`);
    process.exitCode = 1;
  }
});
