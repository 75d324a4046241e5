import type { ActionResult } from "@/lib/actions/result";

/** The server's answer to a form, in words; silent while idle and on success unless given a message. */
export function FormMessage({ result, success }: { result: ActionResult<unknown>; success?: string }) {
  if (result.status === "idle") return null;
  if (result.status === "success") {
    const text = result.message ?? success;
    return text ? (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {text}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.message}
    </p>
  );
}
