"use client";

import NextLink from "next/link";
import { isModeratorRole, useSessionUser } from "@/lib/auth/session-client";

const linkClass = "text-ink no-underline hover:text-brand-700 hover:underline";

export type AccountLinkText = {
  signIn: string;
  moderation: string;
  /** the pages' paths in the reader's language */
  signInPath: string;
  accountPath: string;
  moderationPath: string;
};

/**
 * "Sign in", or the reader's name (and the moderation link for moderators). Its box keeps
 * one width whatever it shows, so nothing around it moves when the answer arrives.
 */
export function AccountLink({ text }: { text: AccountLinkText }) {
  const user = useSessionUser();
  return (
    <span className="inline-flex w-[9.5rem] items-center justify-end gap-x-4 overflow-hidden">
      {isModeratorRole(user) && (
        <NextLink href={text.moderationPath} prefetch={false} className={`${linkClass} shrink-0 whitespace-nowrap`}>
          {text.moderation}
        </NextLink>
      )}
      {user ? (
        <NextLink href={text.accountPath} prefetch={false} className={`${linkClass} truncate`}>
          {user.name}
        </NextLink>
      ) : (
        <NextLink href={text.signInPath} prefetch={false} className={linkClass} aria-busy={user === undefined}>
          {text.signIn}
        </NextLink>
      )}
    </span>
  );
}
