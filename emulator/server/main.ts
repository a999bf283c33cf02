// Command line: `tsx emulator/server/main.ts [--port N] [--host H] [--auto-approve] [--assets N] [--quiet]`
// (EMULATOR_PORT also sets the port). Prints the origin.

import { startEmulator } from './index.js';

function parseArgs(argv: string[]): { port?: number; host?: string; autoApprove: boolean; assetCount?: number; quiet: boolean } {
  const result: { port?: number; host?: string; autoApprove: boolean; assetCount?: number; quiet: boolean } = {
    autoApprove: false,
    quiet: false,
  };
  const envPort = process.env.EMULATOR_PORT;
  if (envPort) result.port = Number(envPort);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split('=', 2);
    const value = (): string => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--port':
        result.port = Number(value());
        break;
      case '--host':
        result.host = value();
        break;
      case '--assets':
        result.assetCount = Number(value());
        break;
      case '--auto-approve':
        result.autoApprove = true;
        break;
      case '--quiet':
        result.quiet = true;
        break;
      case '--help':
        console.log('Usage: tsx emulator/server/main.ts [--port N] [--host H] [--auto-approve] [--assets N] [--quiet]');
        process.exit(0);
        break;
      default:
        console.error(`Unknown argument: ${arg}`);
        process.exit(2);
    }
  }
  if (result.port !== undefined && !(Number.isInteger(result.port) && result.port >= 0 && result.port < 65536)) {
    console.error('--port must be a port number');
    process.exit(2);
  }
  return result;
}

const args = parseArgs(process.argv.slice(2));
const running = await startEmulator(args);
if (args.quiet) console.log(running.origin);

const stop = (): void => {
  void running.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
