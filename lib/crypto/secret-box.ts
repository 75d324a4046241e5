import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for secrets at rest (the ISU password). ENCRYPTION_KEY is a comma-separated list of
 * `keyId:base64(32 bytes)`, newest first: new writes use the first key, and every listed key still
 * decrypts, so keys can rotate without re-encrypting everything at once.
 * Ciphertext format: `v1.<keyId>.<iv>.<tag>.<data>` (base64url parts).
 */
export interface KeyRing {
  current: { id: string; key: Buffer };
  byId: Map<string, Buffer>;
}

export function parseKeyRing(spec: string): KeyRing {
  const entries = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(":");
      if (i <= 0) throw new Error("ENCRYPTION_KEY entries must look like keyId:base64key");
      const key = Buffer.from(s.slice(i + 1), "base64");
      if (key.length !== 32) throw new Error(`ENCRYPTION_KEY entry ${s.slice(0, i)} must be 32 bytes, base64-encoded`);
      return { id: s.slice(0, i), key };
    });
  if (!entries.length) throw new Error("ENCRYPTION_KEY is empty");
  return { current: entries[0], byId: new Map(entries.map((e) => [e.id, e.key])) };
}

export function encryptSecret(plain: string, ring: KeyRing): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  cipher.setAAD(Buffer.from(ring.current.id));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", ring.current.id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptSecret(box: string, ring: KeyRing): string {
  const [v, id, iv, tag, data] = box.split(".");
  if (v !== "v1" || !id || !iv || !tag || data === undefined) throw new Error("Not an encrypted secret");
  const key = ring.byId.get(id);
  if (!key) throw new Error(`The secret was encrypted with key "${id}", which ENCRYPTION_KEY no longer lists`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

export function keyIdOf(box: string): string {
  return box.split(".")[1];
}
