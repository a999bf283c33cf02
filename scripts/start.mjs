// `npm start`: the DAM emulator, the demo host pages, and dist/ (the CDN and the picker page's origin),
// each on its own origin.
import { spawn } from 'node:child_process';

const emulatorPort = process.env.EMULATOR_PORT ?? '4010';
const demoPort = process.env.DEMO_PORT ?? '5173';
const distPort = process.env.DIST_PORT ?? '5174';
const children = [];

function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (code) console.error(`${command} ${args.join(' ')} exited with ${code}`);
    stop(code ?? 0);
  });
  children.push(child);
}

function stop(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The emulator answers CORS for the demo's two origins and registers its pages as redirect URIs, from
// these ports (see emulator/README.md). No test mode: /__emulator/* answers 404 here.
run(process.execPath, ['--import', 'tsx', 'emulator/server/main.ts', '--port', emulatorPort], {
  EMULATOR_PORT: emulatorPort,
  DEMO_PORT: demoPort,
  DIST_PORT: distPort,
});
run(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'demo/vite.config.ts'], {
  DEMO_PORT: demoPort,
  EMULATOR_PORT: emulatorPort,
  DIST_PORT: distPort,
});
run(process.execPath, ['scripts/serve-dist.mjs'], { DIST_PORT: distPort });

setTimeout(() => {
  console.log(
    `\n  dam-picker demo:  http://localhost:${demoPort}/\n  embedding demos:  http://localhost:${demoPort}/script-tag.html  http://localhost:${demoPort}/windows.html\n  dist/ ("CDN"):    http://127.0.0.1:${distPort}/  (dam-picker.iife.js, picker.html)\n  DAM emulator:     Brandworkz http://127.0.0.1:${emulatorPort}/, Bynder http://127.0.0.1:${process.env.BYNDER_PORT ?? 4011}/  (sign in as editor / editor)\n`,
  );
}, 1500);
