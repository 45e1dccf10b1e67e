import type { Role } from "@/lib/domain";

/** Moderators and admins moderate; the role passed in must come fresh from the database. */
export const isModerator = (user: { role: Role } | null | undefined) => user?.role === "moderator" || user?.role === "admin";
