"use client";

import { useEffect, useState } from "react";
import type { Role } from "@/lib/domain";

export type SessionUser = { name: string; role: Role };

// one request per page load, however many islands ask
let pending: Promise<SessionUser | null> | null = null;

function loadSession(): Promise<SessionUser | null> {
  pending ??= fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? response.json() : null))
    .then((session: { user?: { name?: string; role?: Role } } | null) =>
      session?.user?.role ? { name: session.user.name ?? "", role: session.user.role } : null,
    )
    .catch(() => null);
  return pending;
}

/**
 * Who is signed in, asked of the server after the page has loaded: pages are the same for
 * every reader (and cached), only the islands that use this differ. `undefined` while asking.
 */
export function useSessionUser(): SessionUser | null | undefined {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void loadSession().then((value) => alive && setUser(value));
    return () => {
      alive = false;
    };
  }, []);
  return user;
}

export const isModeratorRole = (user: SessionUser | null | undefined) => user?.role === "moderator" || user?.role === "admin";
