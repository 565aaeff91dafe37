import { type Channel, CHANNELS } from "@/lib/domain/statistics";
import type { MonthChannels } from "@/lib/server/statistics/dashboard-monthly";

/** One colour per channel, each ≥ 3:1 against white (WCAG 1.4.11), told apart by the legend and the table too. */
export const CHANNEL_COLORS: Record<Channel, string> = {
  in_person: "#1d4f91",
  fax: "#8a5a00",
  email: "#0f766e",
  online: "#6d28d9",
  letter: "#9d174d",
  other: "#4b5563",
};

function niceMax(n: number): number {
  if (n <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * magnitude).find((s) => Math.ceil(n / s) <= 5) ?? magnitude * 10;
  return Math.ceil(n / step) * step;
}

type Props = {
  months: MonthChannels[];
  channelLabels: Record<Channel, string>;
  monthLabel: (month: number) => string;
  /** One sentence for screen readers (the table behind the chart has every number). */
  summary: string;
};

/** Requests per month, stacked by channel: an inline SVG (no chart library), with its legend. */
export function MonthChart({ months, channelLabels, monthLabel, summary }: Props) {
  const W = 720;
  const H = 260;
  const left = 40;
  const bottom = 28;
  const top = 10;
  const plotH = H - bottom - top;
  const max = niceMax(Math.max(0, ...months.map((m) => m.total)));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f * 100) / 100);
  const slot = (W - left - 8) / months.length;
  const barW = Math.min(34, slot * 0.64);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  return (
    <div className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={W - 4} y1={y(v)} y2={y(v)} stroke="#d5dbe3" strokeWidth={1} />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#4b5563">
              {Number.isInteger(v) ? v : ""}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = left + i * slot + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={m.month}>
              {CHANNELS.map((ch) => {
                const v = m.byChannel[ch];
                if (v === 0) return null;
                const y1 = y(acc + v);
                const h = y(acc) - y1;
                acc += v;
                return <rect key={ch} x={x} y={y1} width={barW} height={h} fill={CHANNEL_COLORS[ch]} stroke="#fff" strokeWidth={1} />;
              })}
              {m.total > 0 ? (
                <text x={x + barW / 2} y={y(m.total) - 3} textAnchor="middle" fontSize={11} fill="#1f2933">
                  {m.total}
                </text>
              ) : null}
              <text x={x + barW / 2} y={H - 10} textAnchor="middle" fontSize={11} fill="#4b5563">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={W - 4} y1={y(0)} y2={y(0)} stroke="#1f2933" strokeWidth={1} />
      </svg>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
        {CHANNELS.map((ch) => (
          <li key={ch} className="flex items-center gap-2">
            <span className="inline-block size-3.5 rounded-sm" style={{ backgroundColor: CHANNEL_COLORS[ch] }} />
            {channelLabels[ch]}
          </li>
        ))}
      </ul>
    </div>
  );
}
