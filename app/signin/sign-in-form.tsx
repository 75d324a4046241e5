"use client";

import { z } from "zod";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInSchema } from "@/lib/auth/sign-in";
import { signInAction } from "./actions";

const schema = signInSchema.extend({ next: z.string().optional() });

export function SignInForm({ next }: { next?: string }) {
  const { form, onSubmit, result, pending } = useActionForm(schema, signInAction, { defaultValues: { next } });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...form.register("next")} />
      <TextField label="Email" type="email" autoComplete="username" error={errors.email?.message} {...form.register("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <FormMessage result={result} />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
