// `npm start`: the DAM emulator and the demo host page, on two origins.
import { spawn } from 'node:child_process';

const emulatorPort = process.env.EMULATOR_PORT ?? '4010';
const demoPort = process.env.DEMO_PORT ?? '5173';
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

run(process.execPath, ['--import', 'tsx', 'emulator/server/main.ts', '--port', emulatorPort], { EMULATOR_PORT: emulatorPort });
run(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'demo/vite.config.ts'], { DEMO_PORT: demoPort });

setTimeout(() => {
  console.log(`\n  dam-picker demo:  http://localhost:${demoPort}/\n  DAM emulator:     http://127.0.0.1:${emulatorPort}/  (sign in as editor / editor)\n`);
}, 1500);
