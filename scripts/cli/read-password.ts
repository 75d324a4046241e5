import { UsageError } from "./command";

/** The ISU password comes from WORKDAY_PASSWORD or a hidden prompt, never from an argument (ps shows those). */
export async function readPassword(): Promise<string> {
  const fromEnv = process.env.WORKDAY_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new UsageError("Set WORKDAY_PASSWORD to the Integration System User's password.");
  process.stderr.write("ISU password: ");
  return new Promise((resolve) => {
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let typed = "";
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString("utf8")) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(typed);
          return;
        }
        if (ch === "\u0003") process.exit(130);
        typed = ch === "\u007f" ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on("data", onData);
  });
}
