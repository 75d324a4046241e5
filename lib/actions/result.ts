/** What every server action returns; `useActionState` starts from `idle`. */
export type ActionResult<R = unknown> =
  | { status: "idle" }
  | { status: "success"; data: R; message?: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { status: "unauthenticated"; message: string }
  | { status: "forbidden"; message: string }
  | { status: "error"; message: string; code?: string };

export const idle: ActionResult<never> = { status: "idle" };

/** Thrown inside an action for a failure the person can act on; its message is shown as is. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}
