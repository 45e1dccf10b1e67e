import "server-only";
import { asc, eq } from "drizzle-orm";
import { cachedAs } from "../cache";
import { cacheTags } from "../cache-tags";
import { getDb } from "../index";
import { operators, type Operator } from "../schema";

export type OperatorView = {
  id: number;
  slug: string;
  names: { ru: string; en: string; zh: string };
  country: string;
  website: string;
  channels: Operator["channels"];
};

const toView = (o: Operator): OperatorView => ({
  id: o.id,
  slug: o.slug,
  names: { ru: o.nameRu, en: o.nameEn, zh: o.nameZh },
  country: o.country,
  website: o.website,
  channels: o.channels,
});

/** Every operator in display order. */
export async function listOperators(): Promise<OperatorView[]> {
  "use cache";
  cachedAs(cacheTags.operators);
  const db = await getDb();
  const rows = await db.select().from(operators).orderBy(asc(operators.sortOrder), asc(operators.slug));
  return rows.map(toView);
}

export async function getOperatorBySlug({ slug }: { slug: string }): Promise<OperatorView | null> {
  "use cache";
  cachedAs(cacheTags.operators);
  const db = await getDb();
  const [row] = await db.select().from(operators).where(eq(operators.slug, slug)).limit(1);
  return row ? toView(row) : null;
}
