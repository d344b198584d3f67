import { runCli } from './cli/run-cli.js';

// Entry point of `tsx src/cli.ts <command>`; the logic lives in cli/run-cli.ts so tests can call it.
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
