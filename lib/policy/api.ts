import type { PolicyFact } from "@/lib/domain";
import type { FactView } from "./view";

/**
 * One event of `GET /api/v1/policy` (DESIGN.md, "Additions"). Beyond the contract's fields it
 * adds what the timeline shows too: who it affects, the end of a window, the operator of a
 * notice, the revision the counts belong to, and why it may be outdated. `confirmations` and
 * `disputes` count the current round (votes since the last check).
 */
export type ApiPolicyEvent = PolicyFact & {
  revision: number;
  confirmations: number;
  disputes: number;
  outdated: boolean;
  outdatedBecause: FactView["outdatedBecause"];
};

export function toApiPolicyEvent(fact: FactView): ApiPolicyEvent {
  return {
    id: fact.id,
    date: fact.date,
    ...(fact.dateEnd ? { dateEnd: fact.dateEnd } : {}),
    kind: fact.kind,
    status: fact.status,
    ...(fact.operator ? { operator: fact.operator } : {}),
    title: fact.title,
    summary: fact.summary,
    affects: fact.affects,
    source: { name: fact.source.name, date: fact.source.date, ...(fact.source.url ? { url: fact.source.url } : {}) },
    lastChecked: fact.lastChecked,
    ...(fact.checkAfter ? { checkAfter: fact.checkAfter } : {}),
    revision: fact.revision,
    confirmations: fact.confirmations,
    disputes: fact.disputes,
    outdated: fact.outdated,
    outdatedBecause: fact.outdatedBecause,
  };
}
