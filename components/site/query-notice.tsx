"use client";

import { useSearchParams } from "next/navigation";

/**
 * A notice picked by a query parameter (`?edit=saved`), read in the browser so the page
 * itself stays one cached page for every reader. Render it inside <Suspense>.
 */
export function QueryNotice({ param, notices }: { param: string; notices: Record<string, { text: string; tone?: "success" | "warning" }> }) {
  const value = useSearchParams().get(param);
  const notice = value ? notices[value] : undefined;
  if (!notice) return null;
  const tone = notice.tone === "warning" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-emerald-300 bg-emerald-50 text-emerald-900";
  return (
    <p role="status" className={`mt-3 rounded-md border p-3 ${tone}`}>
      {notice.text}
    </p>
  );
}
