import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // everything but the API, Next internals, and files with an extension (feed.xml, robots.txt…)
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
