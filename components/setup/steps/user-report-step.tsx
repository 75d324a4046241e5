import { PROFILE_FIELDS } from "@/lib/mapping/fields";
import { CHECKLISTS } from "@/lib/setup/steps";
import { ChecklistForm } from "../checklist-form";
import { CopyColumnsButton } from "../copy-columns-button";
import { ProfileFieldTable } from "../profile-field-table";
import { Instructions, Note } from "./step-section";

/** Step 4: the custom report that lists the workers who become members. */
export function UserReportStep({ orgSlug, saved, readOnly }: { orgSlug: string; saved: Record<string, unknown>; readOnly: boolean }) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          Run <strong>Create Custom Report</strong>. Set <strong>Report Type</strong> to <strong>Advanced</strong>, tick{" "}
          <strong>Enable as Web Service</strong>, and pick a data source that returns the workers who should be members.
        </li>
        <li>
          Add a column for each field below. Set its <strong>Column Heading Override XML Alias</strong> to the suggested name: the report then
          sends exactly those names, and step 7 recognizes them.
        </li>
        <li>Identity and required fields must be there; recommended ones make better matches; optional ones can wait.</li>
      </Instructions>
      <ProfileFieldTable />
      <CopyColumnsButton columns={PROFILE_FIELDS.map((f) => f.suggestedColumn)} />
      <Note>Other column names work too: you confirm which column feeds which field in the mapping preview after submitting.</Note>
      <ChecklistForm orgSlug={orgSlug} step={4} sections={[{ items: CHECKLISTS[4] }]} saved={saved} readOnly={readOnly} />
    </div>
  );
}
