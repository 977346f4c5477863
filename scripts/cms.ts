/**
 * `npm run cms`: local editing. Starts the local editing server (decap-server's git mode behind the adapter of
 * src/cms/local-server.ts, 127.0.0.1 only) on this checkout and Astro's dev server, which serves the editor at
 * /admin/ and passes its requests on to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { decapServerPort, startLocalServer } from '../src/cms/local-server.ts';
import { routes } from '../src/core/routes.ts';

const devPort = Number(process.env['PORT'] ?? 4321);
const decapPort = decapServerPort();
const node = process.execPath;

const localServer = await startLocalServer(process.cwd(), decapPort);
const children: ChildProcess[] = [
  spawn(node, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(devPort)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DECAP_PORT: String(decapPort) },
    stdio: 'inherit',
  }),
];

console.log(
  `\nThe editor will open at http://127.0.0.1:${devPort}${routes.admin} once the dev server is ready.\n` +
    'Every save is a Git commit in this checkout. Press Ctrl+C to stop both servers.\n',
);

function stop(code: number): void {
  for (const child of children) child.kill('SIGTERM');
  localServer.close();
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
