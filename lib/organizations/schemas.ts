import { z } from "zod";
import { orgSlugField } from "@/lib/actions/core";

export const createOrganizationSchema = z.object({
  name: z.string().trim().min(2, "Enter the customer's name").max(120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "Use 1 to 40 lower-case letters, digits and dashes (e.g. acme-bank)"),
});

export const inviteAdminSchema = z.object({
  orgSlug: orgSlugField,
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the admin's email address")),
});

export function slugify(name: string) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}
