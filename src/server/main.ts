/**
 * `npm start`: the team workspace in one process, the built dashboard and its API. Builds the
 * dashboard first when dist/ has none. See the README's "Team workspace".
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from './config';
import { startServer } from './start';

async function main() {
  const config = readConfig();
  if (!existsSync(join(config.DIST_DIR, 'index.html'))) {
    console.log(`No build in ${config.DIST_DIR}/: building the dashboard first (vite build)…`);
    const build = spawnSync('npx', ['vite', 'build', '--outDir', config.DIST_DIR], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The build failed; see above.');
  }
  const server = await startServer(config);
  const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.DATA_DIR}`;
  console.log(`Team workspace on ${server.url} (port ${config.PORT}), records in ${where}.`);
  if (config.PUBLIC_READ) console.log('PUBLIC_READ is on: anyone who can reach the server can read the records.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
