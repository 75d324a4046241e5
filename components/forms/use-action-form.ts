"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

type ServerAction<R> = (prev: ActionResult<R> | undefined, input: Record<string, unknown>) => Promise<ActionResult<R>>;

/**
 * react-hook-form validated by the same zod schema the server action parses with. The form checks
 * first for quick feedback; the server checks again and its field errors land on the same fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: ServerAction<R>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never),
    defaultValues: options.defaultValues,
  });
  const [result, setResult] = useState<ActionResult<R>>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit(() => {
    startTransition(async () => {
      // Send what the person typed, not the parsed output: the server parses it with the same schema.
      const outcome = await action(undefined, form.getValues() as Record<string, unknown>);
      setResult(outcome);
      if (outcome.status === "invalid") {
        for (const [name, messages] of Object.entries(outcome.fieldErrors)) {
          if (messages?.[0]) form.setError(name as Path<z.input<S>>, { message: messages[0] });
        }
      }
      if (outcome.status === "success") options.onSuccess?.(outcome.data);
    });
  });

  return { form, onSubmit, result, pending };
}
