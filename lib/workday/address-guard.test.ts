import { describe, expect, it } from "vitest";
import { classifyAddress, resolveAllowedAddress, type LookupFn } from "./address-guard";
import { RaasError } from "./problems";

const refused = [
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["10.1.2.3", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.169.254", "linkLocal"],
  ["169.254.0.1", "linkLocal"],
  ["0.0.0.0", "unspecified"],
  ["100.64.0.1", "carrierGradeNat"],
  ["100.127.255.254", "carrierGradeNat"],
  ["255.255.255.255", "broadcast"],
  ["224.0.0.1", "multicast"],
  ["192.0.2.5", "reserved"],
  ["::1", "loopback"],
  ["::", "unspecified"],
  ["fc00::1", "uniqueLocal"],
  ["fd12:3456:789a::1", "uniqueLocal"],
  ["fe80::1", "linkLocal"],
  ["ff02::1", "multicast"],
  ["::ffff:127.0.0.1", "ipv4Mapped:loopback"],
  ["::ffff:10.0.0.1", "ipv4Mapped:private"],
  ["::ffff:169.254.169.254", "ipv4Mapped:linkLocal"],
  ["::ffff:7f00:1", "ipv4Mapped:loopback"],
  ["64:ff9b::a9fe:a9fe", "rfc6052:linkLocal"],
] as const;

describe("classifyAddress", () => {
  it.each(refused)("refuses %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toEqual({ allowed: false, range });
  });

  it.each(["8.8.8.8", "52.1.2.3", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows public %s", (address) => {
    expect(classifyAddress(address).allowed).toBe(true);
  });

  it("refuses text that is not an address", () => {
    expect(classifyAddress("not-an-ip").allowed).toBe(false);
  });
});

const fakeDns =
  (table: Record<string, string[]>): LookupFn =>
  async (host) => {
    const list = table[host];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

async function problemOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (err instanceof RaasError) return err.problem;
    throw err;
  }
  throw new Error("expected a RaasError");
}

describe("resolveAllowedAddress", () => {
  const lookup = fakeDns({
    "tenant.workday.com": ["52.10.20.30"],
    "rebind.workday.com": ["10.0.0.5"],
    "mixed.workday.com": ["52.10.20.30", "192.168.0.10"],
    "v6.workday.com": ["fd00::1"],
    "metadata.workday.com": ["169.254.169.254"],
    "sandbox.internal": ["10.9.9.9"],
  });

  it("returns the checked public address", async () => {
    await expect(resolveAllowedAddress("tenant.workday.com", 443, { lookup })).resolves.toEqual({ address: "52.10.20.30", family: 4 });
  });

  it("blocks a hostname that resolves to a private address", async () => {
    const p = await problemOf(resolveAllowedAddress("rebind.workday.com", 443, { lookup }));
    expect(p).toMatchObject({ code: "blocked_host", step: 7 });
  });

  it("blocks when any one answer is internal", async () => {
    expect((await problemOf(resolveAllowedAddress("mixed.workday.com", 443, { lookup }))).code).toBe("blocked_host");
    expect((await problemOf(resolveAllowedAddress("v6.workday.com", 443, { lookup }))).code).toBe("blocked_host");
    expect((await problemOf(resolveAllowedAddress("metadata.workday.com", 443, { lookup }))).code).toBe("blocked_host");
  });

  it("blocks IP literals without a lookup", async () => {
    expect((await problemOf(resolveAllowedAddress("127.0.0.1", 443, { lookup }))).code).toBe("blocked_host");
    expect((await problemOf(resolveAllowedAddress("[::1]", 443, { lookup }))).code).toBe("blocked_host");
  });

  it("reports DNS failure as host_unreachable", async () => {
    expect(await problemOf(resolveAllowedAddress("nope.workday.com", 443, { lookup }))).toMatchObject({ code: "host_unreachable", step: 7 });
  });

  it("allows listed extra hosts on their port only", async () => {
    await expect(resolveAllowedAddress("127.0.0.1", 4010, { lookup, extraHosts: ["127.0.0.1:4010"] })).resolves.toEqual({ address: "127.0.0.1", family: 4 });
    await expect(resolveAllowedAddress("sandbox.internal", 8443, { lookup, extraHosts: ["sandbox.internal:8443"] })).resolves.toMatchObject({ address: "10.9.9.9" });
    expect((await problemOf(resolveAllowedAddress("127.0.0.1", 4011, { lookup, extraHosts: ["127.0.0.1:4010"] }))).code).toBe("blocked_host");
  });
});
