import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password";

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20, "This invitation link is incomplete: copy the whole link"),
    name: z.string().trim().min(1, "Enter your name").max(120),
    password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
