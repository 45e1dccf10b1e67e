import { describeReasons, detectContactSpam } from "./spam";

const MIN_FILL_MS = 3000;

export type BotSignals = { honeypot?: string | null; fillTimeMs?: number | null };

/**
 * Why a new report must wait for a moderator, or null to publish it at once. Contact
 * details are a visible hold (the sender is told kindly); bot signals are silent.
 */
export function holdReason({ story, displayName }: { story: string; displayName: string | null }, bot?: BotSignals) {
  if (bot) {
    if (bot.honeypot) return { reason: "bot: honeypot", silent: true };
    if (bot.fillTimeMs === null || bot.fillTimeMs === undefined) return { reason: "bot: missing form ticket", silent: true };
    if (bot.fillTimeMs < MIN_FILL_MS) return { reason: `bot: filled in ${Math.max(0, bot.fillTimeMs)} ms`, silent: true };
  }
  const spam = detectContactSpam([story, displayName ?? ""].join("\n"));
  if (spam.held) return { reason: describeReasons(spam.reasons), silent: false, matches: spam.matches };
  return null;
}
