"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateScheduleAction } from "@/app/(app)/orgs/[slug]/health/actions";
import { scheduleFormSchema } from "./schemas";

const MODES = [
  { value: "off", label: "Off", hint: "Only \"Sync now\" runs a sync." },
  { value: "interval", label: "Every few hours", hint: "Every 1 to 24 hours." },
  { value: "daily", label: "Daily", hint: "Once a day at a set time." },
] as const;

export function ScheduleForm({
  orgSlug,
  timeZone,
  current,
}: {
  orgSlug: string;
  timeZone: string;
  current: { mode: "off" | "interval" | "daily"; intervalHours: number; dailyAt: string };
}) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm(scheduleFormSchema, updateScheduleAction, {
    defaultValues: { orgSlug, mode: current.mode, intervalHours: String(current.intervalHours), dailyAt: current.dailyAt },
    onSuccess: () => router.refresh(),
  });
  const { errors } = form.formState;
  const mode = form.watch("mode");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Schedule">
      <input type="hidden" {...form.register("orgSlug")} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Scheduled syncs</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {MODES.map((m) => (
            <label key={m.value} className="flex items-start gap-2 text-sm">
              <input type="radio" value={m.value} className="mt-1" {...form.register("mode")} />
              <span>
                {m.label}
                <span className="block text-xs text-slate-500">{m.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.mode?.message && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {errors.mode.message}
          </p>
        )}
      </fieldset>
      {mode === "interval" && (
        <TextField
          label="Hours between syncs"
          type="number"
          min={1}
          max={24}
          step={1}
          className="max-w-48"
          error={errors.intervalHours?.message}
          {...form.register("intervalHours")}
        />
      )}
      {mode === "daily" && (
        <TextField
          label="Time of day"
          type="time"
          hint={`In the organization's time zone, ${timeZone}.`}
          className="max-w-48"
          error={errors.dailyAt?.message}
          {...form.register("dailyAt")}
        />
      )}
      <FormMessage result={result} success={result.status === "success" ? `Schedule saved: ${result.data.described}.` : undefined} />
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : "Save schedule"}
      </Button>
    </form>
  );
}
