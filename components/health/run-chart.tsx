"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartTickFormatter, formatDuration, formatTimestamp, OUTCOME_WORDS, type ChartPoint } from "@/lib/health/display";

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ChartPoint;
}

/** A failed run's duration point is red, so failures stand out along the line. */
function OutcomeDot({ cx, cy, index, payload }: DotProps) {
  if (cx === undefined || cy === undefined) return <g key={index} />;
  return <circle key={index} cx={cx} cy={cy} r={payload?.failed ? 4.5 : 3} fill={payload?.failed ? "#b91c1c" : "#0b5cad"} stroke="white" strokeWidth={1} />;
}

/** Run durations and member counts over the last 30 days. */
export function RunChart({ points }: { points: ChartPoint[] }) {
  if (points.length === 0) {
    return <p className="text-sm text-slate-600">No runs in the last 30 days.</p>;
  }
  const failed = points.filter((p) => p.failed).length;
  const lastMembers = [...points].reverse().find((p) => p.members !== null)?.members ?? null;
  return (
    <figure data-testid="run-chart">
      <div className="h-64 w-full">
        {/* Times on the axis are UTC, like every time on these pages. */}
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={chartTickFormatter(points)} fontSize={12} />
            <YAxis yAxisId="duration" fontSize={12} label={{ value: "seconds", angle: -90, position: "insideLeft", fontSize: 12 }} />
            <YAxis yAxisId="members" orientation="right" fontSize={12} allowDecimals={false} />
            <Tooltip
              labelFormatter={(t) => formatTimestamp(new Date(Number(t)))}
              formatter={(value, name, item) => {
                const p = item?.payload as ChartPoint | undefined;
                if (name === "Duration") return [`${formatDuration(Number(value) * 1000)} (${p ? OUTCOME_WORDS[p.outcome] : ""})`, name];
                return [Number(value).toLocaleString("en-US"), name];
              }}
            />
            <Legend />
            <Line yAxisId="duration" type="monotone" dataKey="durationS" name="Duration" stroke="#0b5cad" dot={OutcomeDot} isAnimationActive={false} />
            <Line yAxisId="members" type="stepAfter" dataKey="members" name="Members" stroke="#15803d" connectNulls dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-600">
        {points.length} runs in the last 30 days{failed ? `, ${failed} failed (red points)` : ""}
        {lastMembers !== null ? `; ${lastMembers.toLocaleString("en-US")} active members after the latest run` : ""}.
      </figcaption>
    </figure>
  );
}
