"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { saveMappingAction } from "@/app/(app)/orgs/[slug]/mapping/actions";
import { mappingFormSchema } from "@/app/(app)/orgs/[slug]/mapping/form-schema";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { withListedRoles, type ColumnSuggestion, type FieldSuggestions, type MappingConfig, type MappingPreview } from "@/lib/mapping";
import { ChangedRowsNotice } from "./changed-rows-notice";
import { FieldColumnTable } from "./field-column-table";
import { mappingFormValues } from "./form-values";
import { GroupColumnField } from "./group-column-field";
import { RoleValueMap } from "./role-value-map";
import { SampleRowsTable } from "./sample-rows-table";
import { StatusValueMap } from "./status-value-map";
import { useDraftPreview } from "./use-draft-preview";

/** The mapping form: columns, value maps, the live count of rows a save changes, and sample rows. */
export function MappingEditor({
  orgSlug,
  baseVersion,
  initialConfig,
  columns,
  groupColumns,
  suggestions,
  groupSuggestion,
  initialPreview,
}: {
  orgSlug: string;
  baseVersion: number;
  initialConfig: MappingConfig;
  columns: string[];
  groupColumns: string[] | null;
  suggestions: FieldSuggestions;
  groupSuggestion: ColumnSuggestion | null;
  initialPreview: MappingPreview;
}) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm(mappingFormSchema, saveMappingAction, {
    defaultValues: mappingFormValues(orgSlug, baseVersion, initialConfig),
    onSuccess: () => router.refresh(),
  });
  const draft = useDraftPreview(form, initialPreview);
  const { preview } = draft;

  // A new management-level column brings values the map has never seen: give each its suggestion.
  useEffect(() => {
    const roleMap = form.getValues("roleMap");
    const merged = withListedRoles(roleMap, preview.roleValues);
    if (merged !== roleMap) form.setValue("roleMap", merged, { shouldDirty: true });
  }, [form, preview.roleValues]);

  const selected = form.watch("columns");
  const roleMap = form.watch("roleMap");
  const statusMap = form.watch("statusMap");
  const { errors, isDirty } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" aria-busy={draft.pending || undefined}>
      <input type="hidden" {...form.register("orgSlug")} />

      <FieldColumnTable
        register={form.register}
        errors={errors}
        selected={selected}
        columns={columns}
        suggestions={suggestions}
        summaries={preview.fields}
        onUseSuggestion={(field, column) => form.setValue(`columns.${field}`, column, { shouldDirty: true })}
      />

      <GroupColumnField
        register={form.register}
        error={errors.groupNameColumn?.message}
        columns={groupColumns}
        suggestion={groupSuggestion}
        current={form.watch("groupNameColumn") ?? ""}
        onUse={(column) => form.setValue("groupNameColumn", column, { shouldDirty: true })}
      />

      <RoleValueMap
        column={selected.managementLevel || null}
        values={preview.roleValues}
        total={preview.roleValuesTotal}
        roleMap={roleMap}
        onChange={(next) => form.setValue("roleMap", next, { shouldDirty: true })}
      />

      <StatusValueMap
        column={selected.status || null}
        values={preview.statusValues}
        statusMap={statusMap}
        onChange={(next) => form.setValue("statusMap", next, { shouldDirty: true })}
      />

      <div className="sticky bottom-0 z-10 space-y-3 border-t border-slate-200 bg-white/95 py-4 backdrop-blur">
        <ChangedRowsNotice
          changedRows={preview.changedRows}
          rowCount={preview.rowCount}
          pending={draft.pending}
          error={draft.error}
          dirty={isDirty}
          firstSave={baseVersion === 0}
          invalid={Object.keys(errors).length > 0}
        />
        {errors.columns?.message && (
          <p role="alert" className="text-sm text-red-700">
            {errors.columns.message}
          </p>
        )}
        <FormMessage result={result} />
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : baseVersion === 0 ? "Save mapping" : "Save as a new version"}
        </Button>
      </div>

      <SampleRowsTable samples={preview.samples} problemSamples={preview.problemSamples} rowsWithProblems={preview.rowsWithProblems} fields={preview.fields} />
    </form>
  );
}
