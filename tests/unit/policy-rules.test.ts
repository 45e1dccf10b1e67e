import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snapshotChanges } from "@/lib/policy/history";
import {
  DISPUTE_RULE,
  isPastCheckAfter,
  MIN_CACHE_SECONDS,
  nextDisputed,
  outdatedReasons,
  secondsUntilNextCheck,
  utcDate,
  type Tally,
} from "@/lib/policy/rules";
import type { PolicySnapshot } from "@/db/schema";

/** Replays votes one by one, as the vote transaction does, and returns the latch after each. */
function replay(votes: Array<"confirm" | "dispute">, start: Tally = { confirmations: 0, disputes: 0 }) {
  const tally = { ...start };
  let disputed = false;
  return votes.map((vote) => {
    if (vote === "confirm") tally.confirmations++;
    else tally.disputes++;
    disputed = nextDisputed(disputed, tally);
    return disputed;
  });
}

describe("the dispute rule", () => {
  it("is documented with these numbers: 3 disputes and a net of 2 to raise, a net of 0 to clear", () => {
    expect(DISPUTE_RULE).toEqual({ minDisputes: 3, raiseAtNet: 2, clearAtNet: 0 });
  });

  it("needs at least three disputing readers, however few confirm", () => {
    expect(nextDisputed(false, { confirmations: 0, disputes: 2 })).toBe(false);
    expect(nextDisputed(false, { confirmations: 0, disputes: 3 })).toBe(true);
  });

  it("needs disputes to outnumber confirmations by two", () => {
    expect(nextDisputed(false, { confirmations: 2, disputes: 3 })).toBe(false);
    expect(nextDisputed(false, { confirmations: 2, disputes: 4 })).toBe(true);
    expect(nextDisputed(false, { confirmations: 10, disputes: 11 })).toBe(false);
  });

  it("once raised, stays raised until the net falls to zero (hysteresis)", () => {
    expect(nextDisputed(true, { confirmations: 1, disputes: 3 })).toBe(true); // net 2
    expect(nextDisputed(true, { confirmations: 2, disputes: 3 })).toBe(true); // net 1: still disputed
    expect(nextDisputed(true, { confirmations: 3, disputes: 3 })).toBe(false); // net 0: cleared
  });

  it("does not flip on every vote near the threshold", () => {
    // raised by the third dispute; one confirmation, then alternating votes, never clear it
    const states = replay(["dispute", "dispute", "dispute", "confirm", "dispute", "confirm", "dispute", "confirm"]);
    expect(states).toEqual([false, false, true, true, true, true, true, true]);
    // a cleared fact needs a net of 2 again, not one more dispute
    const after = replay(["dispute", "dispute", "dispute", "confirm", "confirm", "confirm", "dispute", "dispute"]);
    expect(after).toEqual([false, false, true, true, true, false, false, true]);
  });

  it("changes state at most once per two votes in any sequence (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<"confirm" | "dispute">("confirm", "dispute"), { maxLength: 60 }), (votes) => {
        const states = replay(votes);
        let lastFlip = -Infinity;
        let previous = false;
        states.forEach((state, i) => {
          if (state !== previous) {
            expect(i - lastFlip).toBeGreaterThanOrEqual(2);
            lastFlip = i;
            previous = state;
          }
        });
      }),
    );
  });

  it("is a latch: raised state always has net > 0, cleared state never meets the raise condition", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<"confirm" | "dispute">("confirm", "dispute"), { maxLength: 60 }), (votes) => {
        let confirmations = 0;
        let disputes = 0;
        const states = replay(votes);
        votes.forEach((vote, i) => {
          if (vote === "confirm") confirmations++;
          else disputes++;
          if (states[i]) expect(disputes - confirmations).toBeGreaterThan(DISPUTE_RULE.clearAtNet);
          else expect(disputes >= DISPUTE_RULE.minDisputes && disputes - confirmations >= DISPUTE_RULE.raiseAtNet).toBe(false);
        });
      }),
    );
  });
});

describe("the check-after rule", () => {
  it("is due from the check-after date on, that day included", () => {
    expect(isPastCheckAfter("2027-02-26", "2027-02-25")).toBe(false);
    expect(isPastCheckAfter("2027-02-26", "2027-02-26")).toBe(true);
    expect(isPastCheckAfter("2027-02-26", "2027-03-01")).toBe(true);
    expect(isPastCheckAfter(null, "2099-01-01")).toBe(false);
  });

  it("reads today in UTC, whatever the server's zone", () => {
    expect(utcDate(new Date("2027-02-25T23:59:59.999Z"))).toBe("2027-02-25");
    expect(utcDate(new Date("2027-02-26T00:00:00+08:00"))).toBe("2027-02-25");
    expect(utcDate(new Date("2027-02-26T00:00:00Z"))).toBe("2027-02-26");
  });

  it("names both reasons, and none for a superseded fact", () => {
    const fact = { status: "in_force" as const, disputed: true, checkAfter: "2027-02-26" };
    expect(outdatedReasons(fact, "2027-02-26")).toEqual(["disputes", "check_after"]);
    expect(outdatedReasons(fact, "2027-02-25")).toEqual(["disputes"]);
    expect(outdatedReasons({ ...fact, disputed: false }, "2027-02-25")).toEqual([]);
    expect(outdatedReasons({ ...fact, status: "superseded" }, "2030-01-01")).toEqual([]);
  });

  it("bounds a cached read's life by the next check-after date still ahead", () => {
    const now = new Date("2027-02-25T23:00:00Z");
    const facts = [
      { status: "in_force" as const, disputed: false, checkAfter: "2027-03-01" },
      { status: "proposed" as const, disputed: false, checkAfter: "2027-02-26" },
      // already due (its badge shows now) and superseded facts set no deadline
      { status: "in_force" as const, disputed: false, checkAfter: "2027-02-20" },
      { status: "superseded" as const, disputed: false, checkAfter: "2027-02-25" },
    ];
    expect(secondsUntilNextCheck(facts, now)).toBe(3600);
    expect(secondsUntilNextCheck([facts[2], facts[3]], now)).toBeNull();
    expect(secondsUntilNextCheck([], now)).toBeNull();
    // never shorter than five minutes: Next would treat the page as dynamic
    expect(secondsUntilNextCheck([facts[1]], new Date("2027-02-25T23:59:30Z"))).toBe(MIN_CACHE_SECONDS);
  });
});

describe("a revision's changes", () => {
  const base: PolicySnapshot = {
    date: "2025-11-10",
    dateEnd: null,
    kind: "statement",
    status: "in_force",
    operator: null,
    title: { zh: "冷却期", en: "Cooling period" },
    summary: { zh: "内容", en: "Text" },
    affects: { zh: "读者", en: "Readers" },
    source: { name: "Kommersant", date: "2025-11-10", url: null },
    lastChecked: "2026-11-26",
    checkAfter: "2027-02-26",
  };

  it("lists each changed field, each language on its own, and leaves the check date out", () => {
    const after = { ...base, status: "superseded" as const, title: { ...base.title, en: "Cooling period (ended)" }, lastChecked: "2027-01-10" };
    expect(snapshotChanges(base, after)).toEqual([
      { field: "title", language: "en", before: "Cooling period", after: "Cooling period (ended)" },
      { field: "status", before: "in_force", after: "superseded" },
    ]);
    expect(snapshotChanges(base, { ...base, lastChecked: "2027-01-10" })).toEqual([]);
    expect(snapshotChanges(base, { ...base, source: { ...base.source, url: "https://www.kommersant.ru/doc/1" } })).toEqual([
      { field: "source", before: "Kommersant, 2025-11-10", after: "Kommersant, 2025-11-10, https://www.kommersant.ru/doc/1" },
    ]);
  });
});
