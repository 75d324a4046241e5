import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { checkCredentials } from "./sign-in";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

function clientIp(request: Request | undefined) {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  // A wrong password is an everyday event, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      // A wrong password is an expected outcome, not a server error. Checked by `type`: class names
      // are minified in a production build.
      // (RateLimited is a CredentialsSignin too.)
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const outcome = await checkCredentials(await getDb(), credentials, clientIp(request));
        if (outcome.ok) return outcome.user;
        if (outcome.reason === "rate_limited") throw new RateLimited();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; orgId: string | null };
        token.uid = u.id;
        token.role = u.role;
        token.orgId = u.orgId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid as string, role: token.role, orgId: token.orgId } };
    },
  },
}));
