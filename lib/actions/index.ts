import { getDb } from "@/db";
import { currentUser } from "@/lib/session";
import { createActionBuilders } from "./core";

export const { orgAction, supportAction, publicAction } = createActionBuilders({ getUser: currentUser, getDb });
export { ActionError, idle, type ActionResult } from "./result";
