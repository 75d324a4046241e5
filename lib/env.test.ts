import { afterEach, describe, expect, it, vi } from "vitest";
import { env, resetEnvForTests } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe("env", () => {
  it("names a malformed variable", () => {
    vi.stubEnv("DATABASE_URL", "not a url");
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  it("requires the secrets when a database server is used", () => {
    vi.stubEnv("DATABASE_URL", "postgres://localhost/x");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("ENCRYPTION_KEY", "");
    expect(() => env()).toThrow(/AUTH_SECRET/);
  });

  it("rejects a bad WORKDAY_EXTRA_HOSTS entry", () => {
    vi.stubEnv("WORKDAY_EXTRA_HOSTS", "127.0.0.1");
    expect(() => env()).toThrow(/host:port/);
  });
});
