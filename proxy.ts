import { NextResponse, type NextRequest } from "next/server";

// Only a cheap first filter: anonymous visitors go to sign-in. Every page, route handler and action
// checks the session, role and organization again on the server.
const PUBLIC = [/^\/signin/, /^\/invite\//, /^\/api\/auth\//, /^\/api\/health/, /^\/api\/test\//];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();
  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith("authjs.session-token"));
  if (hasSession) return NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const url = new URL("/signin", request.url);
  if (pathname !== "/") url.searchParams.set("next", pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
