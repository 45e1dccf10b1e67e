import "server-only";
import { auth } from "@/auth";
import { getUserById, type AppUser } from "@/db/queries/users";

/** The signed-in user with the role as it is in the database now (demotions apply at once). */
export async function currentUser(): Promise<AppUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? getUserById({ id }) : null;
}

export { isModerator } from "./roles";
