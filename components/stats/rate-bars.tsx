import { scaleLinear } from "d3-scale";
import { getTranslations } from "next-intl/server";
import { rateParts } from "@/lib/stats/format";
import type { Rate } from "@/lib/stats/wilson";

export type RateRow = { key: string; label: string; rate: Rate };

const scale = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);
// two decimals are a hundredth of a percent: finer than any screen, and the page stays light
const x = (value: number) => Math.round(scale(value) * 100) / 100;

/**
 * Success rates as bars with 95% interval whiskers. Labels and numbers are HTML text (the
 * text alternative, legible at any width); each bar is a small server-rendered SVG.
 */
export async function RateBars({ rows, testId }: { rows: RateRow[]; testId?: string }) {
  const t = await getTranslations("Stats");
  return (
    <ul className="space-y-3" data-testid={testId}>
      {rows.map(({ key, label, rate }) => {
        const parts = rateParts(rate);
        return (
          <li key={key} data-testid={testId ? `${testId}-${key}` : undefined}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-[0.95rem]">
              <span className="font-medium">{label}</span>
              <span className="text-sm tabular-nums text-muted">
                {parts
                  ? `${parts.rate} · ${rate.successes}/${rate.attempts} · ${t("interval")} ${parts.low}–${parts.high}`
                  : `n = 0`}
              </span>
            </div>
            <svg
              viewBox="0 0 100 14"
              preserveAspectRatio="none"
              className="mt-1 block h-3.5 w-full overflow-visible"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="0" y="2" width="100" height="10" rx="1" fill="#e2e8f0" />
              {parts && rate.rate !== null && rate.ci95 && (
                <>
                  <rect x="0" y="2" width={x(rate.rate)} height="10" rx="1" fill="#0f766e" />
                  {/* the 95% interval: a whisker with a tick at each end */}
                  <path
                    d={`M${x(rate.ci95[0])} 7H${x(rate.ci95[1])}M${x(rate.ci95[0])} 1V13M${x(rate.ci95[1])} 1V13`}
                    stroke="#0f172a"
                    strokeWidth="2"
                    fill="none"
                    vectorEffect="non-scaling-stroke"
                  />
                </>
              )}
            </svg>
          </li>
        );
      })}
    </ul>
  );
}

/** Plain share bars (documents asked for): 0–100% of reports. */
export function ShareBars({ rows }: { rows: Array<{ key: string; label: string; share: number | null }> }) {
  return (
    <ul className="space-y-2.5">
      {rows.map(({ key, label, share }) => (
        <li key={key}>
          <div className="flex items-baseline justify-between gap-3 text-[0.95rem]">
            <span>{label}</span>
            <span className="tabular-nums text-muted">{share === null ? "—" : `${Math.round(share * 100)}%`}</span>
          </div>
          <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="mt-1 block h-2 w-full" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="100" height="8" rx="1" fill="#e2e8f0" />
            <rect x="0" y="0" width={x(share ?? 0)} height="8" rx="1" fill="#475569" />
          </svg>
        </li>
      ))}
    </ul>
  );
}
