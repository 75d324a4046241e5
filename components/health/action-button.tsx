"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

type ServerAction<R> = (prev: ActionResult<R> | undefined, input: Record<string, unknown>) => Promise<ActionResult<R>>;

/** A one-click server action (sync now, pause, resume): its answer in words, then the page refreshed. */
export function ActionButton<R>({
  action,
  input,
  label,
  pendingLabel,
  success,
  variant = "secondary",
  disabled,
  onSuccess,
}: {
  action: ServerAction<R>;
  input: Record<string, unknown>;
  label: string;
  pendingLabel: string;
  success?: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
  onSuccess?: (data: R) => void;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<R>>({ status: "idle" });
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant={variant}
        pending={pending}
        disabled={disabled}
        onClick={() =>
          start(async () => {
            const outcome = await action(undefined, input);
            setResult(outcome);
            if (outcome.status === "success") {
              onSuccess?.(outcome.data);
              router.refresh();
            }
          })
        }
      >
        {pending ? pendingLabel : label}
      </Button>
      <FormMessage result={result} success={success} />
    </div>
  );
}
