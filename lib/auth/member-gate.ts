import "server-only";
import type { NextRequest } from "next/server";
import { resolveFollowUpReport } from "@/lib/follow-ups/service";
import { isModerator } from "./roles";
import { userFromSessionCookie } from "./session-token";

export type GateVerdict = { kind: "pass" } | { kind: "sign_in"; returnTo: string } | { kind: "status"; status: 401 | 403 | 404 };

const MODERATOR_PAGES = /^\/(?:moderation|policy\/new|policy\/[^/]+\/edit)\/?$/;
const MEMBER_PAGES = /^\/(?:account|account\/follow-ups\/[^/]+|guide\/new|guide\/[^/]+\/edit)\/?$/;
// a follow-up page is found by the link's token, or (under /account) by its author's session
const FOLLOW_UP_LINK = /^\/follow-up\/([^/]*)\/?$/;
const ACCOUNT_FOLLOW_UP = /^\/account\/follow-ups\/([^/]+)\/?$/;

const segment = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
};

/**
 * Pages for signed-in readers answer with real statuses (a redirect to sign in, 401, 403)
 * before any HTML is sent, and follow-up pages a real 404 for a link or report that is not
 * the visitor's. The pages check again themselves, as does every action.
 */
export async function memberGate(request: NextRequest): Promise<GateVerdict> {
  const { pathname } = request.nextUrl;
  const path = pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  const link = FOLLOW_UP_LINK.exec(path);
  if (link) return (await resolveFollowUpReport({ token: segment(link[1]) })) ? { kind: "pass" } : { kind: "status", status: 404 };
  const moderatorPage = MODERATOR_PAGES.test(path);
  if (!moderatorPage && !MEMBER_PAGES.test(path)) return { kind: "pass" };
  const user = await userFromSessionCookie(request.cookies);
  if (!user) return moderatorPage ? { kind: "status", status: 401 } : { kind: "sign_in", returnTo: pathname };
  if (moderatorPage && !isModerator(user)) return { kind: "status", status: 403 };
  // someone else's report answers like a missing one
  const own = ACCOUNT_FOLLOW_UP.exec(path);
  if (own && !(await resolveFollowUpReport({ reportId: segment(own[1]), user }))) return { kind: "status", status: 404 };
  return { kind: "pass" };
}
