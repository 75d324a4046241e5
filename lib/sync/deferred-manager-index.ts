/**
 * The mapping's cleaner resolves a manager given by Workday ID ("Alex Manager (E000042)") through a
 * WorkerIndex built over the whole report first. Holding a million-row report to build it would cost
 * the memory the engine must not spend, so this index answers with a marker instead, and the plan's
 * SQL resolves markers against the staged report: the manager is found wherever its row sits.
 */
import { WorkerIndex } from "@/lib/mapping";

/** Never a valid email (no "@"), so a marker cannot be confused with a manager email. */
export const MANAGER_ID_MARKER = "#wid:";

export class DeferredManagerIndex extends WorkerIndex {
  constructor() {
    super({ columns: {} });
  }

  override emailFor(workdayId: string): string | null {
    const id = workdayId.trim();
    return id.length === 0 ? null : MANAGER_ID_MARKER + id;
  }
}
