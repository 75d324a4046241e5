"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import { previewMappingDraftAction } from "@/app/(app)/orgs/[slug]/mapping/actions";
import type { MappingFormInput, MappingFormOutput } from "@/app/(app)/orgs/[slug]/mapping/form-schema";
import type { MappingPreview } from "@/lib/mapping";

// Long enough that flicking through a select's options sends one request, short enough to feel live.
const DEBOUNCE_MS = 350;

/**
 * Re-counts the draft on the server a moment after each change: the 50k-row report stays there and
 * only summaries come back. A draft the schema refuses (a column used twice) is not sent; its errors
 * show on the fields instead.
 */
export function useDraftPreview(form: UseFormReturn<MappingFormInput, unknown, MappingFormOutput>, initial: MappingPreview) {
  const { mutate, data, isPending, error } = useMutation({
    mutationFn: async (values: MappingFormInput): Promise<MappingPreview> => {
      const result = await previewMappingDraftAction(undefined, values);
      if (result.status === "success") return result.data;
      throw new Error("message" in result ? result.message : "No answer from the server.");
    },
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (await form.trigger()) mutate(form.getValues());
      }, DEBOUNCE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [form, mutate]);

  return { preview: data ?? initial, pending: isPending, error: error?.message ?? null };
}
