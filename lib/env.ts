import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { z } from "zod";

const optionalUrl = z.url().optional().or(z.literal("").transform(() => undefined));

const envSchema = z.object({
  DATABASE_URL: optionalUrl.describe("PostgreSQL connection string; unset means the embedded PGlite under .data/"),
  PGLITE_DIR: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ENCRYPTION_KEY: z.string().optional(),
  APP_URL: optionalUrl,
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Workday Connect <no-reply@tenthousandcoffees.com>"),
  SUPPORT_EMAIL: z.string().optional(),
  WORKDAY_EXTRA_HOSTS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(",").every((h) => /^[A-Za-z0-9.\-\[\]:]+:\d+$/.test(h.trim())), {
      message: "WORKDAY_EXTRA_HOSTS must be a comma-separated list of host:port entries",
    }),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  E2E_TEST_HOOKS: z.enum(["1", "0"]).optional(),
});

export type Env = z.infer<typeof envSchema> & {
  AUTH_SECRET: string;
  ENCRYPTION_KEY: string;
  embedded: boolean;
  extraHosts: string[];
};

let cached: Env | undefined;

/**
 * Reads and checks the environment once. A bad variable stops the app with a message naming it.
 * On the embedded database (the demo), missing secrets are generated once and kept under .data/,
 * so a newcomer needs no configuration; with a database server they are required.
 */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment; fix these variables (see .env.example):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  let authSecret = e.AUTH_SECRET;
  let encryptionKey = e.ENCRYPTION_KEY;
  if (embedded && (!authSecret || !encryptionKey)) {
    const kept = demoSecrets();
    authSecret ??= kept.authSecret;
    encryptionKey ??= kept.encryptionKey;
  }
  const missing = [!authSecret && "AUTH_SECRET", !encryptionKey && "ENCRYPTION_KEY"].filter(Boolean);
  if (missing.length) {
    throw new Error(`Missing ${missing.join(" and ")}: required when DATABASE_URL is set (see .env.example).`);
  }
  const extraHosts = (e.WORKDAY_EXTRA_HOSTS ?? (embedded ? "127.0.0.1:4010,localhost:4010" : ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  cached = { ...e, AUTH_SECRET: authSecret!, ENCRYPTION_KEY: encryptionKey!, embedded, extraHosts };
  return cached;
}

export function resetEnvForTests() {
  cached = undefined;
}

function demoSecrets(): { authSecret: string; encryptionKey: string } {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "secrets.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    const secrets = {
      authSecret: randomBytes(32).toString("base64url"),
      encryptionKey: `k1:${randomBytes(32).toString("base64")}`,
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
    return secrets;
  }
}
