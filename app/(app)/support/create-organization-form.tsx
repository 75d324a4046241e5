"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createOrganizationSchema, slugify } from "@/lib/organizations/schemas";
import { createOrganizationAction } from "./actions";

export function CreateOrganizationForm() {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm(createOrganizationSchema, createOrganizationAction, {
    onSuccess: ({ slug }) => router.push(`/support/orgs/${slug}`),
  });
  const { errors, dirtyFields } = form.formState;
  const nameField = form.register("name", {
    onChange: (e) => {
      if (!dirtyFields.slug) form.setValue("slug", slugify(e.target.value));
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <TextField label="Customer name" error={errors.name?.message} {...nameField} />
      <TextField label="Address (slug)" hint="Used in links: /orgs/your-slug" error={errors.slug?.message} {...form.register("slug")} />
      <Button type="submit" pending={pending}>
        {pending ? "Creating…" : "Create organization"}
      </Button>
      <div className="sm:col-span-3">
        <FormMessage result={result} />
      </div>
    </form>
  );
}
