import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { getTranslations } from "next-intl/server";
import { rateParts } from "@/lib/stats/format";
import { everyQuarter, quarterIndex, segmentsWithData, type QuarterPoint } from "@/lib/stats/quarters";

type Known = QuarterPoint & { rate: number; ci95: [number, number] };
type Layout = { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number }; ticks: number[] };

// Two drawings of the same figure: one for phones (its text stays legible at 328 px) and one
// for wider screens. Each scales to its box; only one is displayed at a time.
const NARROW: Layout = { width: 320, height: 190, margin: { top: 10, right: 12, bottom: 30, left: 44 }, ticks: [0, 0.5, 1] };
const WIDE: Layout = { width: 640, height: 240, margin: { top: 14, right: 20, bottom: 34, left: 48 }, ticks: [0, 0.25, 0.5, 0.75, 1] };
const FONT = 12;
const COLOURS = { band: "#99d5cf", line: "#0f766e", grid: "#e2e8f0", text: "#475569" };

const isKnown = (p: QuarterPoint): p is Known => p.rate !== null && p.ci95 !== null;

function Chart({ all, layout, label, className }: { all: QuarterPoint[]; layout: Layout; label: string; className: string }) {
  const { width, height, margin } = layout;
  const first = quarterIndex(all[0].quarter);
  const last = quarterIndex(all[all.length - 1].quarter);
  // a true time axis: each quarter has a slot of the same width, empty ones included
  const xScale = scaleLinear().domain([first - 0.5, last + 0.5]).range([margin.left, width - margin.right]);
  const yScale = scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);
  // coordinates to a tenth of a unit (the drawings are 320 and 640 units wide): nothing visible is lost, the page stays light
  const x = (value: number) => Math.round(xScale(value) * 10) / 10;
  const y = (value: number) => Math.round(yScale(value) * 10) / 10;
  const at = (p: QuarterPoint) => x(quarterIndex(p.quarter));
  const band = area<Known>().x(at).y0((p) => y(p.ci95[0])).y1((p) => y(p.ci95[1])).digits(1);
  const path = line<Known>().x(at).y((p) => y(p.rate)).digits(1);
  const segments = segmentsWithData(all).map((segment) => segment.filter(isKnown));
  // Years are labelled at their first quarter, thinned so labels never overlap; a range that
  // starts mid-year names its first quarter too, when there is room before the next year.
  const slot = (width - margin.left - margin.right) / all.length;
  const room = Math.max(1, Math.floor((width - margin.left - margin.right) / (FONT * 3.4)));
  const years = all.filter((p) => p.quarter.endsWith("Q1"));
  const yearStep = Math.max(1, Math.ceil(years.length / room));
  const labels = years.filter((_, i) => i % yearStep === 0).map((p) => ({ p, text: p.quarter.slice(0, 4) }));
  const untilYear = years.length ? quarterIndex(years[0].quarter) - first : Infinity;
  if (!all[0].quarter.endsWith("Q1") && untilYear * slot >= FONT * 5.5) labels.unshift({ p: all[0], text: all[0].quarter });
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className={className} role="img" aria-label={label} aria-describedby="trend-table-caption" data-testid="trend-chart">
      {layout.ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke={COLOURS.grid} />
          <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={FONT} fill={COLOURS.text}>
            {Math.round(tick * 100)}%
          </text>
        </g>
      ))}
      {all.map((p) => (
        <line key={p.quarter} x1={at(p)} x2={at(p)} y1={height - margin.bottom} y2={height - margin.bottom + 4} stroke={COLOURS.text} />
      ))}
      {labels.map(({ p, text }) => (
        <text key={p.quarter} x={at(p)} y={height - margin.bottom + 18} textAnchor="middle" fontSize={FONT} fill={COLOURS.text}>
          {text}
        </text>
      ))}
      {segments.map((segment) =>
        segment.length > 1 ? (
          <g key={segment[0].quarter}>
            <path d={band(segment) ?? ""} fill={COLOURS.band} fillOpacity="0.55" />
            <path d={path(segment) ?? ""} fill="none" stroke={COLOURS.line} strokeWidth="2.5" />
          </g>
        ) : (
          // a quarter between two gaps: its interval as a whisker, since it has no band
          <line key={segment[0].quarter} x1={at(segment[0])} x2={at(segment[0])} y1={y(segment[0].ci95[0])} y2={y(segment[0].ci95[1])} stroke={COLOURS.band} strokeWidth="6" />
        ),
      )}
      {segments.flat().map((p) => (
        <circle key={p.quarter} cx={at(p)} cy={y(p.rate)} r="4" fill={COLOURS.line} data-quarter={p.quarter} />
      ))}
    </svg>
  );
}

/**
 * The quarterly online success rate with its 95% band, every quarter from the first to the
 * last on a time axis; quarters without online reports are gaps. The table carries the numbers.
 */
export async function TrendChart({ points }: { points: QuarterPoint[] }) {
  const t = await getTranslations("Stats");
  if (!points.some(isKnown)) return <p className="text-muted">{t("noData")}</p>;
  const all = everyQuarter(points);
  return (
    <figure>
      <Chart all={all} layout={NARROW} label={t("byQuarter")} className="block w-full max-w-sm sm:hidden" />
      <Chart all={all} layout={WIDE} label={t("byQuarter")} className="hidden w-full max-w-2xl sm:block" />
      <details className="mt-3 text-sm">
        <summary id="trend-table-caption" className="cursor-pointer text-muted">
          {t("chartAlt")}
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full border-collapse text-left">
            <thead>
              <tr className="text-muted">
                <th scope="col" className="whitespace-nowrap border-b border-line px-2 py-1">{t("quarter")}</th>
                <th scope="col" className="whitespace-nowrap border-b border-line px-2 py-1 text-right">{t("attempts")}</th>
                <th scope="col" className="whitespace-nowrap border-b border-line px-2 py-1 text-right">{t("successes")}</th>
                <th scope="col" className="whitespace-nowrap border-b border-line px-2 py-1 text-right">{t("rate")}</th>
                <th scope="col" className="whitespace-nowrap border-b border-line px-2 py-1">{t("interval")}</th>
              </tr>
            </thead>
            <tbody>
              {all.map((p) => {
                const parts = rateParts(p);
                return (
                  <tr key={p.quarter}>
                    <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">{p.quarter}</th>
                    <td className="px-2 py-1 text-right tabular-nums">{p.attempts}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{p.successes}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{parts?.rate ?? "—"}</td>
                    <td className="whitespace-nowrap px-2 py-1 tabular-nums">{parts ? `${parts.low}–${parts.high}` : "—"}</td>
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
