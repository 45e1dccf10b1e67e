import { randomUUID } from "node:crypto";

/** A valid report payload as a client would post it; override what the story needs. */
export function reportPayload(overrides: Record<string, unknown> = {}) {
  return {
    operator: "mts",
    channel: "app",
    outcome: "success",
    attemptedMonth: "2025-03",
    location: "abroad",
    daysToComplete: 5,
    documents: ["passport"],
    // unique per report: the same story from one source within 10 minutes is refused as a duplicate
    story: `Closed it from the app after a video call. (${randomUUID().slice(0, 8)})`,
    language: "en",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
