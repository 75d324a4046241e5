import bcrypt from "bcryptjs";

const COST = 11;
// Compared against when the email is unknown, so a wrong email costs the same time as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", COST);

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Always does one full bcrypt comparison, whether or not there is a hash to compare with. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && !!hash;
}
