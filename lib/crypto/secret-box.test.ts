import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, keyIdOf, parseKeyRing } from "./secret-box";

const key = () => randomBytes(32).toString("base64");

describe("secret box", () => {
  it("round-trips and never contains the plain text", () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const box = encryptSecret("Workday-ISU-pässword", ring);
    expect(box).not.toContain("pässword");
    expect(encryptSecret("same", ring)).not.toBe(encryptSecret("same", ring));
    expect(decryptSecret(box, ring)).toBe("Workday-ISU-pässword");
  });

  it("writes with the newest key and still reads with an older one after rotation", () => {
    const k1 = key();
    const old = encryptSecret("secret", parseKeyRing(`k1:${k1}`));
    const rotated = parseKeyRing(`k2:${key()},k1:${k1}`);
    expect(decryptSecret(old, rotated)).toBe("secret");
    expect(keyIdOf(encryptSecret("secret", rotated))).toBe("k2");
  });

  it("refuses a tampered box and a key that is no longer listed", () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const box = encryptSecret("secret", ring);
    const parts = box.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join("."), ring)).toThrow();
    expect(() => decryptSecret(box, parseKeyRing(`k9:${key()}`))).toThrow(/no longer lists/);
  });

  it("explains a malformed key", () => {
    expect(() => parseKeyRing("nokeyid")).toThrow(/keyId:base64key/);
    expect(() => parseKeyRing("k1:c2hvcnQ=")).toThrow(/32 bytes/);
  });
});
