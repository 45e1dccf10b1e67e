import { getFormatter, getTranslations } from "next-intl/server";
import type { FollowUpView } from "@/db/queries/follow-ups";

/** What the author added weeks later, on the report's public page (published follow-ups only). */
export async function PublicFollowUps({ followUps }: { followUps: FollowUpView[] }) {
  const [t, format] = await Promise.all([getTranslations("FollowUp"), getFormatter()]);
  if (followUps.length === 0) return null;
  return (
    <section id="follow-ups" aria-labelledby="follow-ups-title" className="mt-6 rounded-lg border border-line bg-white p-5">
      <h2 id="follow-ups-title" className="text-lg font-semibold">
        {t("publicTitle")}
      </h2>
      <ul className="mt-2 space-y-3" data-testid="public-follow-ups">
        {followUps.map((f) => (
          <li key={f.id}>
            <p>
              <span className="font-medium">{t(`kinds.${f.kind}`)}</span>
              {f.method && <> · {t(`methods.${f.method}`)}</>}
              {f.refundAmount !== null && <> · {t("publicAmount", { amount: f.refundAmount })}</>}
              <span className="text-sm text-muted">
                {" "}
                · <time dateTime={f.createdAt}>{format.dateTime(new Date(f.createdAt), { dateStyle: "medium" })}</time>
              </span>
            </p>
            {f.note && <p className="mt-1 whitespace-pre-line break-words text-[0.95rem]">{f.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
