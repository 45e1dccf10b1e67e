import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { memberGate } from "./lib/auth/member-gate";

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const verdict = await memberGate(request);
  if (verdict.kind === "sign_in") {
    const english = request.nextUrl.pathname.startsWith("/en");
    const target = new URL(english ? "/en/signin" : "/signin", request.url);
    target.searchParams.set("returnTo", verdict.returnTo);
    return NextResponse.redirect(target, 307);
  }
  const response = intl(request);
  if (verdict.kind === "status") {
    // the page renders its own 401/403 view; the status is set here, before streaming starts
    return new NextResponse(response.body, { status: verdict.status, headers: response.headers });
  }
  return response;
}

export const config = {
  // everything but the API, Next internals, and files with an extension (feed.xml, robots.txt…)
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
