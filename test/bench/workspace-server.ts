/**
 * The real workspace server (startServer, the API only) in a process of its own for the load
 * benchmark, so that the editors' load generator does not share its event loop. Started by
 * workspace-load.ts with fork(): it answers `{ url }` once listening; 'mark' starts counting its
 * CPU time (the timed changes begin); on 'close' it stops and answers the CPU time used since the
 * mark. It stops too when its parent goes away.
 */
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start';

export type ServerMessage = { url: string } | { closed: true; cpuMs: number; maxRssMb: number } | { failed: string };

const send = (message: ServerMessage) => process.send?.(message);

try {
  const config = readConfig({
    PORT: process.env.BENCH_SERVER_PORT ?? '0',
    HOST: '127.0.0.1',
    DATABASE_URL: process.env.BENCH_DATABASE_URL,
  });
  const server = await startServer(config, { serveDist: false });
  let cpuAtMark = process.cpuUsage();
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    const cpu = process.cpuUsage(cpuAtMark);
    const closed: ServerMessage = { closed: true, cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    if (process.connected) process.send?.(closed, () => process.exit(0));
    else process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'mark') cpuAtMark = process.cpuUsage();
    if (message === 'close') void close();
  });
  process.on('disconnect', () => void close());
  process.on('SIGINT', () => {}); // the parent stops us, after the editors
  send({ url: server.url });
} catch (error) {
  send({ failed: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
