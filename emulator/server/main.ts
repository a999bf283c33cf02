// Command line: `tsx emulator/server/main.ts [--port N] [--host H] [--auto-approve] [--assets N] [--quiet]
// [--bynder-port N | --no-bynder]` (EMULATOR_PORT, BYNDER_PORT also set the ports). Starts the Brandworkz
// emulator and the Bynder portal emulator (on its own origin, default port 4011). Prints the origins.

import { startBynderEmulator, startEmulator } from './index.js';

interface Args { port?: number; host?: string; autoApprove: boolean; assetCount?: number; quiet: boolean; bynderPort: number | null }

function parseArgs(argv: string[]): Args {
  const result: Args = {
    bynderPort: Number(process.env.BYNDER_PORT ?? 4011),
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
      case '--bynder-port':
        result.bynderPort = Number(value());
        break;
      case '--no-bynder':
        result.bynderPort = null;
        break;
      case '--help':
        console.log('Usage: tsx emulator/server/main.ts [--port N] [--host H] [--auto-approve] [--assets N] [--quiet] [--bynder-port N | --no-bynder]');
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
const { bynderPort, ...brandworkzArgs } = args;
const running = await startEmulator(brandworkzArgs);
if (args.quiet) console.log(running.origin);
const bynder = bynderPort === null
  ? undefined
  : await startBynderEmulator({ port: bynderPort, autoApprove: args.autoApprove, quiet: args.quiet, ...(args.host ? { host: args.host } : {}) });
if (bynder && args.quiet) console.log(bynder.origin);

const stop = (): void => {
  void Promise.all([running.close(), bynder?.close()]).finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
