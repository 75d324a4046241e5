/**
 * Command line for support and scripts: `npm run --silent cli -- VERB [options]`.
 * Every verb prints one JSON value on stdout; messages for people go to stderr.
 * Exit codes: 0 ok, 1 the thing checked failed, 2 bad arguments or environment.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./cli/command";
import { commands } from "./cli/commands";

async function main() {
  const [verb, ...rest] = process.argv.slice(2);
  const command = verb ? commands[verb] : undefined;
  if (!command) {
    process.stderr.write(`Usage: npm run --silent cli -- <${Object.keys(commands).join("|")}> [options]\n`);
    process.exit(2);
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }) as { values: typeof values });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${command.usage}\n`);
    process.exit(2);
  }
  try {
    const code = await command.run(values);
    process.exit(code);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  }
}

void main();
