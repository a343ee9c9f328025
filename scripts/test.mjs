#!/usr/bin/env node
// `npm test`: build, then the three layers in order — unit (mocha in Node), integration (mocha inside
// code-server's real extension host, Node host then web-worker host), UI (Playwright + Chromium against
// code-server, including the packaged VSIX). Every layer runs even if an earlier one failed; the exit code
// and the last line sum them up. `npm test -- unit integration` runs a subset.
import { spawn } from 'node:child_process';

const layers = {
  build: { cmd: 'node', args: ['esbuild.js'], counts: false },
  unit: { cmd: 'npx', args: ['mocha'] },
  'code-server': { cmd: 'bash', args: ['scripts/install-code-server.sh'], counts: false },
  'integration-node': { cmd: 'npx', args: ['tsx', 'test/runner/runIntegration.ts', '--host', 'node'] },
  'integration-web': { cmd: 'npx', args: ['tsx', 'test/runner/runIntegration.ts', '--host', 'web'] },
  package: { cmd: 'npm', args: ['run', '--silent', 'package'], counts: false },
  ui: { cmd: 'npx', args: ['mocha', '--config', 'test/ui/.mocharc.json'] },
};
const groups = { unit: ['unit'], integration: ['code-server', 'integration-node', 'integration-web'], ui: ['code-server', 'package', 'ui'] };

const wanted = process.argv.slice(2);
const steps = wanted.length
  ? ['build', ...new Set(wanted.flatMap((w) => groups[w] ?? (layers[w] ? [w] : (() => { throw new Error(`unknown layer ${w}`); })())))]
  : Object.keys(layers);

const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function run(name) {
  const { cmd, args } = layers[name];
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.on('close', (code) => {
      const text = strip(out);
      const num = (re) => Number(text.match(re)?.[1] ?? 0);
      resolve({ name, code: code ?? 1, passed: num(/^\s*(\d+) passing/m), failed: num(/^\s*(\d+) failing/m), pending: num(/^\s*(\d+) pending/m), seconds: (Date.now() - t0) / 1000 });
    });
  });
}

const results = [];
for (const name of steps) {
  const r = await run(name);
  results.push(r);
  if (r.code !== 0 && (name === 'build' || name === 'code-server')) break; // nothing after can run
}

console.log('\n=== summary');
let passed = 0;
let failed = 0;
let pending = 0;
for (const r of results) {
  const counted = layers[r.name].counts !== false;
  // A layer that exits non-zero without reporting a failing test still counts as one failure.
  const f = r.code !== 0 ? Math.max(r.failed, 1) : r.failed;
  if (counted || r.code !== 0) {
    passed += r.passed;
    failed += f;
    pending += r.pending;
  }
  const detail = counted ? `${r.passed} passed, ${f} failed` : r.code === 0 ? 'ok' : `exit ${r.code}`;
  console.log(`${r.name.padEnd(17)} ${detail.padEnd(24)} ${r.seconds.toFixed(1)} s`);
}
const skipped = steps.length - results.length;
console.log(`\n  ${passed} passing\n${failed ? `  ${failed} failing\n` : ''}${pending ? `  ${pending} pending\n` : ''}`);
console.log(`all: ${passed} passed, ${failed + skipped} failed${pending ? `, ${pending} skipped` : ''}`);
process.exit(failed + skipped > 0 ? 1 : 0);
