import { describeAuditAction, formatTimestamp } from "@/lib/health/display";

export interface AuditRow {
  id: number | string;
  action: string;
  actorEmail: string | null;
  detail: unknown;
  createdAt: Date;
}

/** Short words for an entry's detail; never more than a line. */
function detailWords(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  const entries = Object.entries(detail as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "";
  const text = entries.map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join("; ");
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Who did what to this organization, newest first. */
export function AuditList({ entries }: { entries: AuditRow[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <table className="w-full border-collapse text-sm" data-testid="audit-log">
      <thead>
        <tr className="border-b text-left text-slate-600">
          <th scope="col" className="px-3 py-2 font-medium">When</th>
          <th scope="col" className="px-3 py-2 font-medium">Who</th>
          <th scope="col" className="px-3 py-2 font-medium">What</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b align-top last:border-0" data-testid="audit-entry" data-action={e.action}>
            <td className="whitespace-nowrap px-3 py-2 text-slate-500">{formatTimestamp(e.createdAt)}</td>
            <td className="px-3 py-2">{e.actorEmail ?? "the system"}</td>
            <td className="px-3 py-2">
              {describeAuditAction(e.action)}
              {detailWords(e.detail) && <span className="block break-all text-xs text-slate-500">{detailWords(e.detail)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
