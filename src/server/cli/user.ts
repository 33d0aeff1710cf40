/**
 * `npm run user -- add EMAIL --role viewer|editor|admin [--name "Full Name"]` creates an account;
 * the password is read from NEW_USER_PASSWORD when set, otherwise asked for (not echoed).
 * `npm run user -- list` lists the accounts. Uses the same DATA_DIR / DATABASE_URL as the server.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { emailSchema, PASSWORD_MIN_LENGTH, roleSchema } from '../../domain/workspace';
import { createAccount, listAccounts } from '../auth/accounts';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';

const USAGE = 'Usage: npm run user -- add EMAIL --role viewer|editor|admin [--name "Full Name"]\n       npm run user -- list';

async function askPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asking = true;
  output._writeToOutput = (s) => {
    if (!asking || s.includes(prompt)) output.output.write(s);
  };
  return new Promise((resolve) =>
    rl.question(prompt, (answer) => {
      asking = false;
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, emailArg] = positionals;
  if (command !== 'add' && command !== 'list') {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrate(db);
    if (command === 'list') {
      for (const a of await listAccounts(db)) console.log(`${a.email}\t${a.role}\t${a.name}${a.disabled ? '\t(disabled)' : ''}`);
      return 0;
    }
    const email = emailSchema.safeParse(emailArg);
    const role = roleSchema.safeParse(values.role);
    if (!email.success || !role.success) {
      console.error(!email.success ? `Not an email address: ${emailArg ?? '(none)'}` : 'Give a role: --role viewer, editor or admin.');
      console.error(USAGE);
      return 2;
    }
    let password = process.env.NEW_USER_PASSWORD;
    if (password === undefined) {
      password = await askPassword(`Password for ${email.data}: `);
      if ((await askPassword('Again: ')) !== password) {
        console.error('The two passwords differ; nothing was created.');
        return 1;
      }
    }
    if (password.length < PASSWORD_MIN_LENGTH) {
      console.error(`The password needs at least ${PASSWORD_MIN_LENGTH} characters; nothing was created.`);
      return 1;
    }
    const account = await createAccount(db, { email: email.data, role: role.data, password, name: values.name });
    console.log(`Created ${account.email} (${account.role}, shown as "${account.name}").`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
