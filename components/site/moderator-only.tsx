"use client";

import type { ReactNode } from "react";
import { isModeratorRole, useSessionUser } from "@/lib/auth/session-client";

/** Shown to moderators only: the page itself is the same for everyone (and cached). The server checks the role again on every action. */
export function ModeratorOnly({ children }: { children: ReactNode }) {
  return isModeratorRole(useSessionUser()) ? <>{children}</> : null;
}
