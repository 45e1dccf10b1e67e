import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import type { AppUser } from "@/db/queries/users";

/**
 * The signed-in user, once per request. The session callback read the account fresh from
 * the database (role, name, session version), so a demotion or a password change applies at once.
 */
export const currentUser = cache(async (): Promise<AppUser | null> => {
  const session = await auth();
  const user = session?.user;
  return user?.id ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

export { isModerator } from "./roles";
