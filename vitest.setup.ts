import { randomBytes } from "node:crypto";

// Tests never touch the developer's .data/ secrets: each run gets throwaway ones unless CI set its own.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
process.env.ENCRYPTION_KEY ||= `test:${randomBytes(32).toString("base64")}`;
