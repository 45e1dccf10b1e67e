import "server-only";
import type { NextRequest } from "next/server";
import { isModerator } from "./roles";
import { userFromSessionCookie } from "./session-token";

export type GateVerdict = { kind: "pass" } | { kind: "sign_in"; returnTo: string } | { kind: "status"; status: 401 | 403 };

const MODERATOR_PAGES = /^\/(?:moderation|policy\/new|policy\/[^/]+\/edit)\/?$/;
const MEMBER_PAGES = /^\/(?:account|guide\/new|guide\/[^/]+\/edit)\/?$/;

/**
 * Pages for signed-in readers answer with real statuses (a redirect to sign in, 401, 403)
 * before any HTML is sent. The pages check again themselves, as does every action.
 */
export async function memberGate(request: NextRequest): Promise<GateVerdict> {
  const { pathname } = request.nextUrl;
  const path = pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  const moderatorPage = MODERATOR_PAGES.test(path);
  if (!moderatorPage && !MEMBER_PAGES.test(path)) return { kind: "pass" };
  const user = await userFromSessionCookie(request.cookies);
  if (!user) return moderatorPage ? { kind: "status", status: 401 } : { kind: "sign_in", returnTo: pathname };
  if (moderatorPage && !isModerator(user)) return { kind: "status", status: 403 };
  return { kind: "pass" };
}
