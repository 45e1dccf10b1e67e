"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { Role } from "@/lib/domain";

export type SessionUser = { name: string; role: Role };

// islands that ask at the same moment share one request
let inFlight: Promise<SessionUser | null> | null = null;

function loadSession(): Promise<SessionUser | null> {
  inFlight ??= fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? response.json() : null))
    .then((session: { user?: { name?: string; role?: Role } } | null) =>
      session?.user?.role ? { name: session.user.name ?? "", role: session.user.role } : null,
    )
    .catch(() => null)
    .finally(() => setTimeout(() => (inFlight = null), 0));
  return inFlight;
}

/**
 * Who is signed in, asked of the server after the page has loaded and again after each
 * navigation (signing in or out navigates): pages are the same for every reader and cached,
 * only the islands that use this differ. `undefined` while asking.
 */
export function useSessionUser(): SessionUser | null | undefined {
  const pathname = usePathname();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void loadSession().then((value) => alive && setUser(value));
    return () => {
      alive = false;
    };
  }, [pathname]);
  return user;
}

export const isModeratorRole = (user: SessionUser | null | undefined) => user?.role === "moderator" || user?.role === "admin";
