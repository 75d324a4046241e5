import { CHECKLISTS } from "@/lib/setup/steps";
import { ChecklistForm } from "../checklist-form";
import { Instructions } from "./step-section";

/** Step 5: the second report, one row per group. */
export function GroupReportStep({ orgSlug, saved, readOnly }: { orgSlug: string; saved: Record<string, unknown>; readOnly: boolean }) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          Run <strong>Create Custom Report</strong> again: <strong>Report Type</strong> <strong>Advanced</strong>, <strong>Enable as Web Service</strong>{" "}
          ticked.
        </li>
        <li>
          Return one row per group, with the group&apos;s name in a column whose <strong>Column Heading Override XML Alias</strong> is{" "}
          <code>group_name</code>.
        </li>
        <li>
          A user&apos;s own groups come from the user report&apos;s optional <code>group_name</code> column, several joined by <code>; </code>.
        </li>
      </Instructions>
      <ChecklistForm orgSlug={orgSlug} step={5} sections={[{ items: CHECKLISTS[5] }]} saved={saved} readOnly={readOnly} />
    </div>
  );
}
