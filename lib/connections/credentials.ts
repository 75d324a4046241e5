import { env } from "@/lib/env";
import { decryptSecret, encryptSecret, parseKeyRing, type KeyRing } from "@/lib/crypto/secret-box";

let ring: KeyRing | undefined;

function keyRing(): KeyRing {
  ring ??= parseKeyRing(env().ENCRYPTION_KEY);
  return ring;
}

export function encryptPassword(password: string): string {
  return encryptSecret(password, keyRing());
}

export function decryptPassword(box: string): string {
  return decryptSecret(box, keyRing());
}
