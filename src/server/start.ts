import { serve, type ServerType } from '@hono/node-server';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDataset } from '../domain/parse-dataset';
import type { Dataset } from '../domain/types';
import { createApp } from './app';
import type { ServerConfig } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { createEventHub, type EventHub } from './events-hub';

export interface RunningServer {
  url: string;
  db: Database;
  hub: EventHub;
  close(): Promise<void>;
}

/** Reads the built dashboard's dataset once, when first asked; null when it cannot. */
function datasetReader(distDir: string): () => Promise<Dataset | null> {
  let read: Promise<Dataset | null> | null = null;
  return () =>
    (read ??= readFile(join(distDir, 'data', 'dataset.json'), 'utf8')
      .then((text) => parseDataset(JSON.parse(text)))
      .catch((error: unknown) => {
        console.error('The dataset could not be read:', error);
        read = null;
        return null;
      }));
}

/** Opens the database, brings its schema up to date (or refuses a newer one), then listens. */
export async function startServer(config: ServerConfig, { serveDist = true } = {}): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const hub = await createEventHub(db);
  const app = createApp({
    db,
    hub,
    publicRead: config.PUBLIC_READ,
    trustProxy: config.TRUST_PROXY,
    distDir: serveDist ? config.DIST_DIR : undefined,
    dataset: serveDist ? datasetReader(config.DIST_DIR) : undefined,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    url: `http://${config.HOST && config.HOST !== '0.0.0.0' ? config.HOST : '127.0.0.1'}:${port}`,
    db,
    hub,
    async close() {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.close();
      await db.close();
    },
  };
}
