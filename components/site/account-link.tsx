"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { isModeratorRole, useSessionUser } from "@/lib/auth/session-client";

const linkClass = "text-ink no-underline hover:text-brand-700 hover:underline";

/**
 * "Sign in", or the reader's name (and the moderation link for moderators). Its box keeps
 * one width whatever it shows, so nothing around it moves when the answer arrives.
 */
export function AccountLink() {
  const t = useTranslations("Nav");
  const user = useSessionUser();
  return (
    <span className="inline-flex w-[9.5rem] items-center justify-end gap-x-4 overflow-hidden">
      {isModeratorRole(user) && (
        <Link href="/moderation" className={`${linkClass} shrink-0 whitespace-nowrap`}>
          {t("moderation")}
        </Link>
      )}
      {user ? (
        <Link href="/account" className={`${linkClass} truncate`}>
          {user.name}
        </Link>
      ) : (
        <Link href="/signin" className={linkClass} aria-busy={user === undefined}>
          {t("signIn")}
        </Link>
      )}
    </span>
  );
}
