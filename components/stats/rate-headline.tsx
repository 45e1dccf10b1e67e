import { getTranslations } from "next-intl/server";
import { rateParts } from "@/lib/stats/format";
import type { Rate } from "@/lib/stats/wilson";

/** "online: 9 of 14 succeeded · 64% (95% interval 39%–84%)" */
export async function RateHeadline({ kind, rate, className }: { kind: "online" | "offline"; rate: Rate; className?: string }) {
  const t = await getTranslations("Stats");
  const parts = rateParts(rate);
  const text = parts
    ? t(kind === "online" ? "headlineOnline" : "headlineOffline", {
        attempts: rate.attempts,
        successes: rate.successes,
        ...parts,
      })
    : t(kind === "online" ? "noneOnline" : "noneOffline");
  return (
    <p className={className} data-testid={`headline-${kind}`}>
      {text}
    </p>
  );
}
