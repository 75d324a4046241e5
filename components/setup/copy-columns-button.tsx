"use client";

import { useState } from "react";
import { Button } from "@/components/button";

/** Copies the suggested column names, one per line, to paste into the report's column aliases. */
export function CopyColumnsButton({ columns }: { columns: string[] }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="flex items-center gap-3">
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(columns.join("\n"));
            setCopied("copied");
          } catch {
            // Clipboard access needs a secure context and permission; the names stay on screen to copy by hand.
            setCopied("failed");
          }
        }}
      >
        Copy suggested column names
      </Button>
      <span role="status" className="text-sm text-slate-600">
        {copied === "copied" ? "Copied." : copied === "failed" ? "Your browser blocked copying; select the names in the table instead." : ""}
      </span>
    </div>
  );
}
