import "server-only";
import { getTranslations } from "next-intl/server";
import type { FlagText } from "./flag-button";

/** The refusals flagReportAction can answer with. */
const FLAG_ERRORS = ["flag_reason_required", "flag_reason_too_long", "not_found", "flag_rate_limited", "invalid_characters"] as const;

/** The flag control's words in the page's language. */
export async function flagText(): Promise<FlagText> {
  const [t, te] = await Promise.all([getTranslations("Flag"), getTranslations("Errors")]);
  return {
    button: t("button"),
    reason: t("reason"),
    reasonHint: t("reasonHint"),
    send: t("send"),
    sending: t("sending"),
    thanks: t("thanks"),
    errors: Object.fromEntries(FLAG_ERRORS.map((code) => [code, te(code)])),
    unknownError: te("server"),
  };
}
