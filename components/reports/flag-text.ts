import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { islandText, type IslandText } from "@/lib/i18n/island-text";

/** The refusals flagReportAction can answer with. */
const FLAG_ERRORS = ["flag_reason_required", "flag_reason_too_long", "not_found", "flag_rate_limited", "invalid_characters", "server"] as const;

/** The flag control's words in the page's language: the Flag namespace and its refusals ("errors.not_found"). */
export const flagText = cache(async (): Promise<IslandText> => {
  const [text, te] = await Promise.all([islandText("Flag"), getTranslations("Errors")]);
  return { ...text, ...Object.fromEntries(FLAG_ERRORS.map((code) => [`errors.${code}`, te(code)])) };
});
