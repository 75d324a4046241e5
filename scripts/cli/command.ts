import type { ParseArgsConfig } from "node:util";

export interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Prints its JSON to stdout and returns the exit code. */
  run(values: Record<string, string | boolean | undefined>): Promise<number>;
}

export class UsageError extends Error {}

export function printJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function requireString(values: Record<string, string | boolean | undefined>, name: string, usage: string): string {
  const v = values[name];
  if (typeof v !== "string" || !v) throw new UsageError(`--${name} is required.\n${usage}`);
  return v;
}
