// `npm start` (after the build): code-server 4.100.3 on 127.0.0.1 with examples/ open and this repo loaded as
// the extension under development. Run with tsx (it imports test/runner/codeServer.ts):
//   npx tsx scripts/start.mjs            PORT=9000 npx tsx scripts/start.mjs
// Profile (settings, state) persists in .vscode-test/start/. Ctrl-C stops code-server and its extension hosts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.ML_LENS_ROOT ??= root;
const { codeServerDir, freePort, startCodeServer, workbenchUrl } = await import('../test/runner/codeServer.ts');

if (!fs.existsSync(path.join(codeServerDir, '.installed-4.100.3'))) {
  const r = spawnSync('bash', [path.join(root, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('start: scripts/install-code-server.sh failed');
    process.exit(1);
  }
}

const extDir = path.resolve(process.env.ML_LENS_EXT_DIR ?? root);
const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
for (const key of ['main', 'browser']) {
  if (pkg[key] && !fs.existsSync(path.resolve(extDir, pkg[key])) && !fs.existsSync(path.resolve(extDir, pkg[key] + '.js'))) {
    console.warn(`start: warning: package.json "${key}" (${pkg[key]}) does not exist yet: run the build first`);
  }
}

const portFree = (port) =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
const wanted = Number(process.env.PORT || 8080);
const port = (await portFree(wanted)) ? wanted : await freePort();
if (port !== wanted) console.log(`start: port ${wanted} is busy, using ${port}`);

const examples = path.join(root, 'examples');
const workspace = fs.existsSync(examples) ? examples : root;
const stateDir = path.join(root, '.vscode-test', 'start');
const server = await startCodeServer({
  workspace,
  port,
  userDataDir: path.join(stateDir, 'user-data'),
  extensionsDir: path.join(stateDir, 'extensions'),
  logFile: path.join(stateDir, 'code-server.log'),
});
const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extDir });

console.log('');
console.log('  ML Lens is running in code-server 4.100.3. Open this URL in a browser:');
console.log('');
console.log(`  ${url}`);
console.log('');
console.log(`  (workspace ${path.relative(root, workspace) || '.'}, log ${path.relative(root, server.logFile)}; Ctrl-C to stop)`);

let stopping = false;
const shutdown = async (code) => {
  if (stopping) return;
  stopping = true;
  console.log('\nstart: stopping code-server');
  await server.stop();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
const code = await server.exited;
if (!stopping) {
  console.error(`start: code-server exited with code ${code}; see ${server.logFile}`);
  await shutdown(1);
}
