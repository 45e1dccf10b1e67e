import "server-only";
import type { PolicyChange } from "@/lib/domain";
import { siteUrl } from "@/lib/http/site-url";
import { loadRecentPolicyChanges } from "@/lib/policy/view";
import { atomFeed } from "./atom";

// the feed serves both languages at once: each entry says what happened in both
const CHANGE: Record<PolicyChange, string> = {
  seed: "Added · 收录",
  create: "Added · 新增",
  recheck: "Re-checked · 已复核",
  supersede: "Superseded · 已失效",
};

/** Atom of the policy timeline's changes: every revision of every fact, newest first. */
export async function buildPolicyFeed(): Promise<string> {
  const changes = await loadRecentPolicyChanges(50);
  return atomFeed({
    title: "SIM Exit · Policy timeline · 政策时间线",
    id: siteUrl("/policy"),
    self: siteUrl("/policy/feed.xml"),
    home: siteUrl("/policy"),
    entries: changes.map((change) => {
      const link = siteUrl(`/policy/${change.eventId}#revision-${change.number}`);
      const { snapshot } = change;
      return {
        id: link,
        link,
        title: `${CHANGE[change.change]}: ${snapshot.title.en} · ${snapshot.title.zh}`,
        updated: change.createdAt,
        summary: [
          `${snapshot.kind}, ${snapshot.status}, ${snapshot.date}${snapshot.dateEnd ? ` – ${snapshot.dateEnd}` : ""}; last checked ${snapshot.lastChecked}.`,
          snapshot.summary.en,
          snapshot.summary.zh,
          `Source: ${snapshot.source.name}, ${snapshot.source.date}${snapshot.source.url ? ` (${snapshot.source.url})` : ""}.`,
          change.reason ? `Why: ${change.reason}` : "",
        ]
          .filter(Boolean)
          .join("\n"),
      };
    }),
  });
}
