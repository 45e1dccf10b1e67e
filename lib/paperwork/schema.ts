import { parsePhoneNumberFromString } from "libphonenumber-js/mobile";
import { z } from "zod";
import { checkAccount, checkBic, checkCorrespondentAccount, onlyDigits } from "./bank-details";
import { PASSPORT_COUNTRIES, type CountryCode } from "./countries";
import { addYears, parseDate } from "./dates";

/**
 * The paperwork form: every value is the string the reader typed (the form keeps it as
 * typed); issues are message codes under Paperwork.errors in messages/*.json.
 */

export const REFUND_KINDS = ["bank", "transfer", "none"] as const;
export const SUBMITTERS = ["representative", "self"] as const;
export const REP_PASSPORT_KINDS = ["russian", "foreign"] as const;
export const POA_TERMS = ["1y", "6m", "2y", "3y", "until"] as const;

/** Form order: after a failed "make documents" the first of these with an issue gets focus. */
export const FIELD_ORDER = [
  "operator", "addressee", "phone",
  "surnameLatin", "givenNamesLatin", "surnameCyrillic", "givenNamesCyrillic", "birthDate",
  "passportNumber", "passportCountry", "passportIssued",
  "personalAccount", "contractNumber", "contractDate",
  "refund", "recipient", "bankName", "bic", "correspondentAccount", "bankAccount", "transferPhone",
  "contact",
  "submitter", "repName", "repBirthDate", "repPassportKind", "repPassportNumber", "repPassportCountry",
  "repPassportIssued", "repPassportIssuer", "poaTerm", "poaUntil",
  "city", "date",
] as const;

export type FieldName = (typeof FIELD_ORDER)[number];
export type FormValues = Record<FieldName, string>;

export const emptyValues = (): FormValues => ({
  ...(Object.fromEntries(FIELD_ORDER.map((name) => [name, ""])) as FormValues),
  passportCountry: "CN",
  refund: "bank",
  submitter: "representative",
  repPassportKind: "russian",
  poaTerm: "1y",
});

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}' .-]*$/u;
const CYRILLIC_NAME = /^[\p{Script=Cyrillic}][\p{Script=Cyrillic}' .-]*$/u;
const ANY_NAME = /^\p{L}[\p{L}\p{M}' .-]*$/u;
const REFERENCE = /^[\p{L}\d][\p{L}\d ./№-]*$/u;

/** A Russian mobile number, as libphonenumber's mobile metadata knows them; "8 912…" and "912…" read as Russian. */
export function parseRussianMobile(value: string) {
  const number = parsePhoneNumberFromString(value.trim(), "RU");
  if (!number || !number.isValid()) return { ok: false as const, code: "phone_invalid" };
  if (number.country !== "RU") return { ok: false as const, code: "phone_not_russian" };
  return { ok: true as const, e164: number.number as string, display: number.formatInternational() };
}

/** A contact for the operator's reply: an e-mail address, or a mobile number with its country code. */
export function parseContact(value: string) {
  const text = value.trim();
  if (text.includes("@")) return z.email().safeParse(text).success ? text : null;
  const number = parsePhoneNumberFromString(text, text.startsWith("+") ? undefined : "CN");
  return number?.isValid() ? number.formatInternational() : null;
}

type Ctx = z.core.$RefinementCtx<FormValues>;
type Today = { today: string };

const issue = (ctx: Ctx, path: FieldName, code: string) => ctx.addIssue({ code: "custom", message: code, path: [path] });

function checkDate(
  ctx: Ctx,
  values: FormValues,
  name: FieldName,
  { today, required, earliest, latest }: { today: string; required: boolean; earliest: string; latest: string },
) {
  const value = values[name].trim();
  if (!value) {
    if (required) issue(ctx, name, "required");
    return;
  }
  const date = parseDate(value);
  if (!date) return issue(ctx, name, "date_invalid");
  if (date > latest) return issue(ctx, name, latest === today ? "date_future" : "date_range");
  if (date < earliest) return issue(ctx, name, "date_range");
}

function checkText(ctx: Ctx, values: FormValues, name: FieldName, pattern: RegExp, code: string, { required = true, max = 80 } = {}) {
  const value = values[name].trim();
  if (!value) {
    if (required) issue(ctx, name, "required");
    return;
  }
  if (value.length > max) return issue(ctx, name, "too_long");
  if (!pattern.test(value)) issue(ctx, name, code);
}

function checkChoice(ctx: Ctx, values: FormValues, name: FieldName, allowed: readonly string[]) {
  if (!allowed.includes(values[name])) issue(ctx, name, values[name] ? "choose" : "required");
}

function paperworkSchema({ operators, today }: { operators: readonly string[] } & Today) {
  const field = z.string().max(400, "too_long").default("");
  const shape = Object.fromEntries(FIELD_ORDER.map((name) => [name, field])) as Record<FieldName, typeof field>;
  return z.object(shape).superRefine((values, ctx) => {
    checkChoice(ctx, values, "operator", operators);
    checkText(ctx, values, "addressee", /^[^<>{}]+$/u, "too_long", { required: false, max: 200 });

    if (!values.phone.trim()) issue(ctx, "phone", "required");
    else {
      const phone = parseRussianMobile(values.phone);
      if (!phone.ok) issue(ctx, "phone", phone.code);
    }

    checkText(ctx, values, "surnameLatin", LATIN_NAME, "latin_only", { max: 60 });
    checkText(ctx, values, "givenNamesLatin", LATIN_NAME, "latin_only", { max: 80 });
    checkText(ctx, values, "surnameCyrillic", CYRILLIC_NAME, "cyrillic_only", { max: 60 });
    checkText(ctx, values, "givenNamesCyrillic", CYRILLIC_NAME, "cyrillic_only", { max: 80 });
    checkDate(ctx, values, "birthDate", { today, required: false, earliest: "1900-01-01", latest: today });

    const passport = values.passportNumber.replace(/\s/g, "");
    if (!passport) issue(ctx, "passportNumber", "required");
    else if (!/^[A-Za-z0-9]{5,20}$/.test(passport)) issue(ctx, "passportNumber", "passport_invalid");
    checkChoice(ctx, values, "passportCountry", PASSPORT_COUNTRIES);
    checkDate(ctx, values, "passportIssued", { today, required: true, earliest: "1950-01-01", latest: today });

    checkText(ctx, values, "personalAccount", REFERENCE, "reference_invalid", { required: false, max: 40 });
    checkText(ctx, values, "contractNumber", REFERENCE, "reference_invalid", { required: false, max: 40 });
    checkDate(ctx, values, "contractDate", { today, required: false, earliest: "1990-01-01", latest: today });

    checkChoice(ctx, values, "refund", REFUND_KINDS);
    if (values.refund === "bank") {
      checkText(ctx, values, "recipient", ANY_NAME, "name_letters", { max: 120 });
      checkText(ctx, values, "bankName", /^[^<>{}]+$/u, "too_long", { max: 160 });
      const bic = onlyDigits(values.bic);
      const bicProblem = bic ? checkBic(bic) : "required";
      if (bicProblem) issue(ctx, "bic", bicProblem);
      const corr = onlyDigits(values.correspondentAccount);
      if (corr) {
        const problem = bicProblem ? (/^\d{20}$/.test(corr) ? null : "corr_format") : checkCorrespondentAccount(corr, bic);
        if (problem) issue(ctx, "correspondentAccount", problem);
      }
      const account = onlyDigits(values.bankAccount);
      if (!account) issue(ctx, "bankAccount", "required");
      else {
        // without a valid BIC only the length can be checked; the key needs the BIC
        const problem = bicProblem ? (/^\d{20}$/.test(account) ? null : "account_format") : checkAccount(account, bic);
        if (problem) issue(ctx, "bankAccount", problem);
      }
    }
    if (values.refund === "transfer") {
      if (!values.transferPhone.trim()) issue(ctx, "transferPhone", "required");
      else {
        const target = parseRussianMobile(values.transferPhone);
        const own = parseRussianMobile(values.phone);
        if (!target.ok) issue(ctx, "transferPhone", target.code);
        else if (own.ok && own.e164 === target.e164) issue(ctx, "transferPhone", "phone_same");
      }
    }

    if (values.contact.trim() && !parseContact(values.contact)) issue(ctx, "contact", "contact_invalid");

    checkChoice(ctx, values, "submitter", SUBMITTERS);
    if (values.submitter === "representative") {
      checkChoice(ctx, values, "repPassportKind", REP_PASSPORT_KINDS);
      const russian = values.repPassportKind === "russian";
      checkText(ctx, values, "repName", russian ? CYRILLIC_NAME : ANY_NAME, russian ? "cyrillic_only" : "name_letters", { max: 120 });
      checkDate(ctx, values, "repBirthDate", { today, required: true, earliest: "1900-01-01", latest: today });
      const number = values.repPassportNumber.replace(/[\s№-]/g, "");
      if (!number) issue(ctx, "repPassportNumber", "required");
      else if (russian && !/^\d{10}$/.test(number)) issue(ctx, "repPassportNumber", "ru_passport_invalid");
      else if (!russian && !/^[A-Za-z0-9]{5,20}$/.test(number)) issue(ctx, "repPassportNumber", "passport_invalid");
      if (!russian) {
        checkChoice(ctx, values, "repPassportCountry", PASSPORT_COUNTRIES);
      }
      checkDate(ctx, values, "repPassportIssued", { today, required: true, earliest: "1950-01-01", latest: today });
      checkText(ctx, values, "repPassportIssuer", /^[^<>{}]+$/u, "too_long", { required: false, max: 200 });
      checkChoice(ctx, values, "poaTerm", POA_TERMS);
      if (values.poaTerm === "until") {
        const start = parseDate(values.date) ?? today;
        checkDate(ctx, values, "poaUntil", { today, required: true, earliest: "1900-01-01", latest: addYears(today, 50) });
        const until = parseDate(values.poaUntil);
        if (until && until <= start) issue(ctx, "poaUntil", "until_before_start");
      }
    }

    checkText(ctx, values, "city", CYRILLIC_NAME, "cyrillic_only", { required: false, max: 60 });
    checkDate(ctx, values, "date", { today, required: false, earliest: addYears(today, -1), latest: addYears(today, 1) });
  });
}

/** {field: code}, the first issue per field. */
function paperworkErrors(error: z.ZodError): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  for (const { path, message } of error.issues) {
    const name = String(path[0] ?? "operator") as FieldName;
    errors[name] ??= message;
  }
  return errors;
}

export type Passport = { number: string; country: CountryCode; issued: string };
export type RepresentativePassport =
  | { kind: "russian"; series: string; number: string; issued: string; issuer: string | null }
  | { kind: "foreign"; number: string; country: CountryCode; issued: string; issuer: string | null };

/** The validated answers, normalized: what the documents are built from. */
export type Answers = {
  operator: string;
  addressee: string | null;
  phone: string;
  subscriber: {
    surnameLatin: string;
    givenNamesLatin: string;
    surnameCyrillic: string;
    givenNamesCyrillic: string;
    birthDate: string | null;
    passport: Passport;
  };
  personalAccount: string | null;
  contractNumber: string | null;
  contractDate: string | null;
  refund:
    | { kind: "bank"; recipient: string; bank: string; bic: string; correspondentAccount: string | null; account: string }
    | { kind: "transfer"; phone: string }
    | { kind: "none" };
  contact: string | null;
  representative: null | {
    fullName: string;
    birthDate: string;
    passport: RepresentativePassport;
    term: { kind: "years"; years: 1 | 2 | 3 } | { kind: "months"; months: 6 } | { kind: "until"; date: string };
  };
  city: string | null;
  date: string | null;
};

const squeeze = (value: string) => value.trim().replace(/\s+/g, " ");
const orNull = (value: string) => squeeze(value) || null;

/** Parses the form; on success, the normalized answers. */
export function parseAnswers(values: FormValues, options: { operators: readonly string[] } & Today) {
  const result = paperworkSchema(options).safeParse(values);
  if (!result.success) return { ok: false as const, errors: paperworkErrors(result.error) };
  const v = result.data;
  const phone = parseRussianMobile(v.phone);
  const date = (value: string) => (value.trim() ? parseDate(value) : null);
  const upper = (value: string) => squeeze(value).toUpperCase();
  const repNumber = v.repPassportNumber.replace(/[\s№-]/g, "");
  const answers: Answers = {
    operator: v.operator,
    addressee: orNull(v.addressee),
    phone: phone.ok ? phone.display : v.phone,
    subscriber: {
      surnameLatin: upper(v.surnameLatin),
      givenNamesLatin: upper(v.givenNamesLatin),
      surnameCyrillic: squeeze(v.surnameCyrillic),
      givenNamesCyrillic: squeeze(v.givenNamesCyrillic),
      birthDate: date(v.birthDate),
      passport: {
        number: v.passportNumber.replace(/\s/g, "").toUpperCase(),
        country: v.passportCountry as CountryCode,
        issued: parseDate(v.passportIssued)!,
      },
    },
    personalAccount: orNull(v.personalAccount),
    contractNumber: orNull(v.contractNumber),
    contractDate: date(v.contractDate),
    refund:
      v.refund === "bank"
        ? {
            kind: "bank",
            recipient: squeeze(v.recipient),
            bank: squeeze(v.bankName),
            bic: onlyDigits(v.bic),
            correspondentAccount: onlyDigits(v.correspondentAccount) || null,
            account: onlyDigits(v.bankAccount),
          }
        : v.refund === "transfer"
          ? { kind: "transfer", phone: (parseRussianMobile(v.transferPhone) as { display: string }).display }
          : { kind: "none" },
    contact: v.contact.trim() ? parseContact(v.contact) : null,
    representative:
      v.submitter === "representative"
        ? {
            fullName: squeeze(v.repName),
            birthDate: parseDate(v.repBirthDate)!,
            passport:
              v.repPassportKind === "russian"
                ? {
                    kind: "russian",
                    series: `${repNumber.slice(0, 2)} ${repNumber.slice(2, 4)}`,
                    number: repNumber.slice(4),
                    issued: parseDate(v.repPassportIssued)!,
                    issuer: orNull(v.repPassportIssuer),
                  }
                : {
                    kind: "foreign",
                    number: repNumber.toUpperCase(),
                    country: v.repPassportCountry as CountryCode,
                    issued: parseDate(v.repPassportIssued)!,
                    issuer: orNull(v.repPassportIssuer),
                  },
            term:
              v.poaTerm === "until"
                ? { kind: "until", date: parseDate(v.poaUntil)! }
                : v.poaTerm === "6m"
                  ? { kind: "months", months: 6 }
                  : { kind: "years", years: v.poaTerm === "3y" ? 3 : v.poaTerm === "2y" ? 2 : 1 },
          }
        : null,
    city: orNull(v.city)?.replace(/^г\.\s*/u, "") ?? null,
    date: date(v.date),
  };
  return { ok: true as const, answers };
}
