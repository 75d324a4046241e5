import { z } from "zod";
import type { Db } from "@/db";
import { findUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "./password";
import { RateLimiter } from "./rate-limit";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your work email address")),
  password: z.string().min(1, "Enter your password"),
});

// Ten failed tries per email, and fifty per address, in fifteen minutes, then a pause. Only failures
// count: a whole office signing in from behind one address must not lock itself out.
const emailLimiter = new RateLimiter(10, 15 * 60 * 1000);
const addressLimiter = new RateLimiter(50, 15 * 60 * 1000);

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; role: "support" | "admin"; orgId: string | null } }
  | { ok: false; reason: "invalid" | "rate_limited" };

export async function checkCredentials(
  db: Db,
  raw: unknown,
  ip: string,
  limiters: { email: RateLimiter; address: RateLimiter } = { email: emailLimiter, address: addressLimiter },
): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  if (limiters.email.blocked([email]) || limiters.address.blocked([ip])) return { ok: false, reason: "rate_limited" };
  const user = await findUserByEmail(db, email);
  // verifyPassword runs bcrypt even without a user, so an unknown email takes as long as a wrong password.
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!ok || !user) {
    limiters.email.record([email]);
    limiters.address.record([ip]);
    return { ok: false, reason: "invalid" };
  }
  limiters.email.reset([email]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.organizationId } };
}
