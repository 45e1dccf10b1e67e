import { scaleLinear, scalePoint } from "d3-scale";
import { area, line } from "d3-shape";
import { getTranslations } from "next-intl/server";
import { rateParts } from "@/lib/stats/format";
import type { Rate } from "@/lib/stats/wilson";

type Point = { quarter: string } & Rate;

const WIDTH = 560;
const HEIGHT = 220;
const M = { top: 14, right: 20, bottom: 34, left: 44 };

/** The quarterly online success rate with its 95% band; the table below carries the numbers. */
export async function TrendChart({ points }: { points: Point[] }) {
  const t = await getTranslations("Stats");
  const known = points.filter((p): p is Point & { rate: number; ci95: [number, number] } => p.rate !== null && p.ci95 !== null);
  if (known.length === 0) return <p className="text-muted">{t("noData")}</p>;
  const x = scalePoint<string>()
    .domain(points.map((p) => p.quarter))
    .range([M.left, WIDTH - M.right])
    .padding(0.4);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
  const band = area<(typeof known)[number]>()
    .x((p) => x(p.quarter) ?? 0)
    .y0((p) => y(p.ci95[0]))
    .y1((p) => y(p.ci95[1]));
  const path = line<(typeof known)[number]>()
    .x((p) => x(p.quarter) ?? 0)
    .y((p) => y(p.rate));
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  return (
    <figure>
      {/* focusable so keyboard users can scroll it sideways on a narrow screen */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("byQuarter")}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="block w-full min-w-[32rem] max-w-2xl"
          role="img"
          aria-label={t("byQuarter")}
          aria-describedby="trend-table-caption"
        >
          {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
            <g key={tick}>
              <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
              <text x={M.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" fill="#475569">
                {Math.round(tick * 100)}%
              </text>
            </g>
          ))}
          <path d={band(known) ?? ""} fill="#99d5cf" fillOpacity="0.55" />
          <path d={path(known) ?? ""} fill="none" stroke="#0f766e" strokeWidth="2.5" />
          {known.map((p) => (
            <circle key={p.quarter} cx={x(p.quarter)} cy={y(p.rate)} r="4" fill="#0f766e" />
          ))}
          {points.map((p, i) =>
            i % labelEvery === 0 ? (
              <text key={p.quarter} x={x(p.quarter)} y={HEIGHT - 12} textAnchor="middle" fontSize="12" fill="#475569">
                {p.quarter}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      <details className="mt-3 text-sm">
        <summary id="trend-table-caption" className="cursor-pointer text-muted">
          {t("chartAlt")}
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full border-collapse text-left">
            <thead>
              <tr className="text-muted">
                <th scope="col" className="border-b border-line px-2 py-1">{t("quarter")}</th>
                <th scope="col" className="border-b border-line px-2 py-1 text-right">{t("attempts")}</th>
                <th scope="col" className="border-b border-line px-2 py-1 text-right">{t("successes")}</th>
                <th scope="col" className="border-b border-line px-2 py-1 text-right">{t("rate")}</th>
                <th scope="col" className="border-b border-line px-2 py-1">{t("interval")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => {
                const parts = rateParts(p);
                return (
                  <tr key={p.quarter}>
                    <th scope="row" className="px-2 py-1 font-normal">{p.quarter}</th>
                    <td className="px-2 py-1 text-right tabular-nums">{p.attempts}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{p.successes}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{parts?.rate ?? "—"}</td>
                    <td className="px-2 py-1 tabular-nums">{parts ? `${parts.low}–${parts.high}` : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
