"use client";

import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationSchema } from "@/lib/auth/schemas";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const { form, onSubmit, result, pending } = useActionForm(acceptInvitationSchema, acceptInvitationAction, {
    defaultValues: { token },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...form.register("token")} />
      <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errors.password?.message}
        {...form.register("password")}
      />
      <TextField
        label="Type it again"
        type="password"
        autoComplete="new-password"
        error={errors.confirm?.message}
        {...form.register("confirm")}
      />
      <FormMessage result={result} />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Setting up…" : "Set password and continue"}
      </Button>
    </form>
  );
}
