import { NextResponse, type NextRequest } from "next/server";
import { memberGate } from "./lib/auth/member-gate";

/**
 * A server action posted from another site. Next refuses it too, but with a 500; answered
 * here as what it is. The host is the one the HTTP server let through (forwarded host
 * headers only from trusted proxies).
 */
function crossSiteAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export default async function proxy(request: NextRequest) {
  if (crossSiteAction(request)) return new NextResponse("Cross-site request refused.\n", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  const verdict = await memberGate(request);
  if (verdict.kind === "sign_in") {
    const english = request.nextUrl.pathname.startsWith("/en");
    const target = new URL(english ? "/en/signin" : "/signin", request.url);
    target.searchParams.set("returnTo", verdict.returnTo);
    return NextResponse.redirect(target, 307);
  }
  // the page renders its own 401/403/404 view; the status is set here, before streaming starts.
  // Chinese paths are mapped to /zh by next.config's rewrites after this.
  return verdict.kind === "status" ? NextResponse.next({ status: verdict.status }) : NextResponse.next();
}

/** Pages for members (see member-gate) and server actions; reading pages never reach the proxy. */
export const config = {
  matcher: [
    // the paths lib/auth/member-gate.ts guards (tests/unit/proxy-matcher.test.ts holds them together)
    "/(account|moderation|guide/new|guide/[^/]+/edit|policy/new|policy/[^/]+/edit|account/follow-ups/[^/]+|follow-up/[^/]+)",
    "/en/(account|moderation|guide/new|guide/[^/]+/edit|policy/new|policy/[^/]+/edit|account/follow-ups/[^/]+|follow-up/[^/]+)",
    { source: "/((?!api|_next|.*\\..*).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
