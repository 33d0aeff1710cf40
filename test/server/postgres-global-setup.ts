import type { TestProject } from 'vitest/node';
import { freePort, startThrowawayPostgres, stopThrowawayPostgres } from './throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * The server tests run against a real PostgreSQL as well as PGlite. CI (.ci/run) starts one and
 * sets TEST_DATABASE_URL; without it, a throwaway cluster is started here and removed afterwards.
 * No PostgreSQL installed fails the run with what to install: those tests are never skipped.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const port = Number(process.env.TEST_PG_PORT) || (await freePort());
  const cluster = startThrowawayPostgres(port);
  project.provide('postgresUrl', cluster.url);
  return () => stopThrowawayPostgres(cluster.dir);
}
