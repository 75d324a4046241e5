import { z } from "zod";
import type { Db } from "@/db";
import type { Organization, Role } from "@/db/schema";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { ActionError, type ActionResult } from "./result";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgId: string | null;
}

export interface ActionContext {
  user: SessionUser;
  db: Db;
}
export interface OrgActionContext extends ActionContext {
  org: Organization;
}

interface Deps {
  getUser: () => Promise<SessionUser | null>;
  getDb: () => Promise<Db>;
  log?: (message: string, error: unknown) => void;
}

type Input = FormData | Record<string, unknown>;
type Action<R> = (prev: ActionResult<R> | undefined, input: Input) => Promise<ActionResult<R>>;

export const orgSlugField = z.string().min(1, "Organization is missing");

/** FormData to a plain object; a key sent several times (checkbox lists) becomes an array. */
export function formDataToObject(input: Input): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], v);
    else out[key] = v;
  }
  return out;
}

// Next.js signals redirect() and notFound() by throwing; those must pass through untouched.
function isFrameworkSignal(e: unknown) {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

/**
 * Builds the only two kinds of server action the app has. Each checks, on the server and every
 * time: a signed-in user, the role, the organization (an admin only ever reaches their own), and
 * the input against the zod schema the form also uses.
 */
export function createActionBuilders({ getUser, getDb, log = console.error }: Deps) {
  async function validated<S extends z.ZodType, R>(
    schema: S,
    raw: Input,
    run: (input: z.infer<S>) => Promise<ActionResult<R>>,
  ): Promise<ActionResult<R>> {
    const parsed = schema.safeParse(formDataToObject(raw));
    if (!parsed.success) {
      return {
        status: "invalid",
        message: "Some fields need attention.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>,
      };
    }
    try {
      return await run(parsed.data);
    } catch (e) {
      if (isFrameworkSignal(e)) throw e;
      if (e instanceof ActionError) return { status: "error", message: e.message, code: e.code };
      log("Server action failed", e);
      return { status: "error", message: "Something went wrong on our side. Try again, or contact 10KC support." };
    }
  }

  async function guard<S extends z.ZodType, R>(
    schema: S,
    roles: Role[],
    raw: Input,
    run: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult<R>>,
  ): Promise<ActionResult<R>> {
    const user = await getUser();
    if (!user) return { status: "unauthenticated", message: "Your session has ended. Sign in again." };
    if (!roles.includes(user.role)) return { status: "forbidden", message: "Your role cannot do this." };
    return validated(schema, raw, (input) => run(input, user));
  }

  /** An action on one organization; its schema must carry `orgSlug`. */
  function orgAction<S extends z.ZodObject<{ orgSlug: z.ZodString }>, R>(
    schema: S,
    roles: Role | Role[],
    run: (input: z.infer<S>, ctx: OrgActionContext) => Promise<R>,
  ): Action<R> {
    const allowed = ([] as Role[]).concat(roles);
    return (_prev, raw) =>
      guard(schema, allowed, raw, async (input, user): Promise<ActionResult<R>> => {
        const db = await getDb();
        const org = await findOrganizationBySlug(db, input.orgSlug);
        // Another organization's existence is not confirmed to an admin: same answer as a missing one.
        if (!org || (user.role !== "support" && user.orgId !== org.id)) {
          return { status: "forbidden", message: "You do not have access to this organization." };
        }
        return { status: "success", data: await run(input, { user, db, org }) };
      });
  }

  /** An action for 10KC support only, not tied to one organization. */
  function supportAction<S extends z.ZodType, R>(schema: S, run: (input: z.infer<S>, ctx: ActionContext) => Promise<R>): Action<R> {
    return (_prev, raw) =>
      guard(schema, ["support"], raw, async (input, user) => ({
        status: "success",
        data: await run(input, { user, db: await getDb() }),
      }));
  }

  /** An action open to anyone signed in or not (accepting an invitation); still validated. */
  function publicAction<S extends z.ZodType, R>(schema: S, run: (input: z.infer<S>, ctx: { db: Db }) => Promise<R>): Action<R> {
    return (_prev, raw) =>
      validated(schema, raw, async (input) => ({ status: "success", data: await run(input, { db: await getDb() }) }));
  }

  return { orgAction, supportAction, publicAction };
}
