// Command line: `tsx emulator/server/main.ts [--port N] [--host H] [--auto-approve] [--assets N] [--quiet]
// [--bynder-port N | --no-bynder] [--allow-origin O]... [--redirect-uri U]... [--test-mode]`.
// Starts the Brandworkz emulator and the Bynder portal emulator (on its own origin, default port 4011),
// both with the same allowed origins, redirect URIs and test mode. Prints the origins.
//
// Environment: EMULATOR_PORT, BYNDER_PORT (ports); EMULATOR_ALLOWED_ORIGINS, EMULATOR_REDIRECT_URIS
// (lists separated by commas or spaces; the flags win); EMULATOR_TEST_MODE=1; DEMO_PORT and DIST_PORT
// (the demo's ports, which the default origins and redirect URIs use; scripts/start.mjs passes them).

import { demoAllowedOrigins, demoRedirectUris, startBynderEmulator, startEmulator } from './index.js';

const USAGE =
  'Usage: tsx emulator/server/main.ts [--port N] [--host H] [--auto-approve] [--assets N] [--quiet] ' +
  '[--bynder-port N | --no-bynder] [--allow-origin ORIGIN]... [--redirect-uri URI]... [--test-mode]';

interface Args {
  port?: number;
  host?: string;
  autoApprove: boolean;
  assetCount?: number;
  quiet: boolean;
  bynderPort: number | null;
  allowedOrigins: string[];
  redirectUris: string[];
  testMode: boolean;
}

const list = (value: string | undefined): string[] | undefined => (value?.trim() ? value.split(/[\s,]+/).filter(Boolean) : undefined);

function parseArgs(argv: string[]): Args {
  const demo = { demoPort: process.env.DEMO_PORT || 5173, distPort: process.env.DIST_PORT || 5174 };
  const origins: string[] = [];
  const redirects: string[] = [];
  const result: Args = {
    bynderPort: Number(process.env.BYNDER_PORT ?? 4011),
    autoApprove: false,
    quiet: false,
    allowedOrigins: [],
    redirectUris: [],
    testMode: /^(?:1|true|yes|on)$/i.test(process.env.EMULATOR_TEST_MODE ?? ''),
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
      case '--allow-origin':
        origins.push(value());
        break;
      case '--redirect-uri':
        redirects.push(value());
        break;
      case '--test-mode':
        result.testMode = true;
        break;
      case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        console.error(`Unknown argument: ${arg}\n${USAGE}`);
        process.exit(2);
    }
  }
  if (result.port !== undefined && !(Number.isInteger(result.port) && result.port >= 0 && result.port < 65536)) {
    console.error('--port must be a port number');
    process.exit(2);
  }
  // The flags replace the environment's list, which replaces the demo's defaults (nothing is merged).
  result.allowedOrigins = origins.length > 0 ? origins : (list(process.env.EMULATOR_ALLOWED_ORIGINS) ?? demoAllowedOrigins(demo));
  result.redirectUris = redirects.length > 0 ? redirects : (list(process.env.EMULATOR_REDIRECT_URIS) ?? demoRedirectUris(demo));
  return result;
}

const args = parseArgs(process.argv.slice(2));
const { bynderPort, allowedOrigins, redirectUris, testMode, ...brandworkzArgs } = args;
const access = { allowedOrigins, redirectUris, testMode };
let running;
let bynder;
try {
  running = await startEmulator({ ...brandworkzArgs, ...access });
  if (args.quiet) console.log(running.origin);
  bynder =
    bynderPort === null
      ? undefined
      : await startBynderEmulator({ port: bynderPort, autoApprove: args.autoApprove, quiet: args.quiet, ...access, ...(args.host ? { host: args.host } : {}) });
} catch (error) {
  if (!(error instanceof TypeError)) throw error;
  // A refused origin or redirect URI: say which, without a stack.
  console.error(`emulator: ${error.message}`);
  await running?.close();
  process.exit(2);
}
if (bynder && args.quiet) console.log(bynder.origin);
const started = { brandworkz: running, bynder };

const stop = (): void => {
  void Promise.all([started.brandworkz.close(), started.bynder?.close()]).finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
