"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { flushSync } from "react-dom";
import NextLink from "next/link";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { localizedHref } from "@/i18n/paths";
import { PASSPORT_COUNTRIES, countryName } from "@/lib/paperwork/countries";
import { localToday } from "@/lib/paperwork/dates";
import { buildDocuments, type DocumentId, type PaperworkDocument } from "@/lib/paperwork/documents";
import { hasFacts, OPERATOR_ENTITIES, OPERATOR_SOURCES, type PaperworkOperator } from "@/lib/paperwork/operators";
import { pinyinToCyrillic } from "@/lib/paperwork/palladius";
import {
  emptyValues,
  FIELD_ORDER,
  parseAnswers,
  POA_TERMS,
  REFUND_KINDS,
  REP_PASSPORT_KINDS,
  SUBMITTERS,
  type FieldName,
  type FormValues,
} from "@/lib/paperwork/schema";
import { DocumentPreview, PrintableDocuments } from "./document-views";
import { fieldId, RadioGroup, SelectInput, Section, TextInput } from "./fields";
import "./paperwork-print.css";

const CITIES = ["Пекин", "Шанхай", "Гуанчжоу", "Шэньчжэнь", "Харбин", "Тяньцзинь", "Ухань", "Чэнду", "Гонконг", "Тайбэй", "Москва", "Санкт-Петербург", "Владивосток", "Новосибирск", "Екатеринбург", "Казань", "Иркутск", "Хабаровск", "Благовещенск"];

type PrintTarget = "both" | DocumentId;
type Made = { values: FormValues; documents: PaperworkDocument[] };

const noSubscription = () => () => {};

export function PaperworkTool({ operators }: { operators: PaperworkOperator[] }) {
  const t = useTranslations("Paperwork");
  const locale = useLocale();
  const meaning = locale === "en" ? "en" : "zh";
  const lang = meaning;
  // the button works only once React handles the form: nothing is ever submitted natively
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  const [values, setValues] = useState<FormValues>(emptyValues);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempted, setAttempted] = useState(false);
  const [typedCyrillic, setTypedCyrillic] = useState({ surname: false, givenNames: false });
  const [typedAddressee, setTypedAddressee] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [printTarget, setPrintTarget] = useState<PrintTarget>("both");
  const [withTranslation, setWithTranslation] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  const slugs = useMemo(() => operators.map((o) => o.slug), [operators]);
  const validate = (next: FormValues) => parseAnswers(next, { operators: slugs, today: localToday() });

  const change = (patch: Partial<FormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    // after a first attempt, marks clear (or appear) as the reader corrects the answers
    if (attempted) {
      const result = validate(next);
      setErrors(result.ok ? {} : result.errors);
    }
  };
  const set = (name: FieldName) => (value: string) => change({ [name]: value });

  const suggestion = {
    surname: values.surnameLatin.trim() ? pinyinToCyrillic(values.surnameLatin) : "",
    givenNames: values.givenNamesLatin.trim() ? pinyinToCyrillic(values.givenNamesLatin) : "",
  };

  // the Cyrillic fields follow the Latin ones until the reader types in them
  const setLatin = (part: "surname" | "givenNames") => (value: string) => {
    const latin = part === "surname" ? "surnameLatin" : "givenNamesLatin";
    const cyrillic = part === "surname" ? "surnameCyrillic" : "givenNamesCyrillic";
    const patch: Partial<FormValues> = { [latin]: value };
    if (!typedCyrillic[part]) patch[cyrillic] = (value.trim() && pinyinToCyrillic(value)) || "";
    change(patch);
  };
  const setCyrillic = (part: "surname" | "givenNames") => (value: string) => {
    setTypedCyrillic((typed) => ({ ...typed, [part]: true }));
    change({ [part === "surname" ? "surnameCyrillic" : "givenNamesCyrillic"]: value });
  };
  const applySuggestion = (part: "surname" | "givenNames") => {
    setTypedCyrillic((typed) => ({ ...typed, [part]: false }));
    change({ [part === "surname" ? "surnameCyrillic" : "givenNamesCyrillic"]: suggestion[part] ?? "" });
  };

  const setOperator = (slug: string) => change(typedAddressee ? { operator: slug } : { operator: slug, addressee: OPERATOR_ENTITIES[slug] ?? "" });
  const setAddressee = (value: string) => {
    setTypedAddressee(true);
    change({ addressee: value });
  };

  const make = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const result = validate(values);
    if (!result.ok) {
      flushSync(() => setErrors(result.errors));
      const first = FIELD_ORDER.find((name) => result.errors[name]);
      const element = first ? document.getElementById(fieldId(first)) : null;
      (element ?? summaryRef.current)?.focus();
      return;
    }
    const operator = operators.find((o) => o.slug === result.answers.operator)!;
    const documents = buildDocuments(result.answers, operator);
    flushSync(() => {
      setErrors({});
      setMade({ values, documents });
      if (!documents.some((d) => d.id === printTarget) && printTarget !== "both") setPrintTarget("both");
    });
    previewRef.current?.focus();
  };

  const errorCount = Object.keys(errors).length;
  const error = (name: FieldName) => (errors[name] ? t(`errors.${errors[name]}`) : undefined);
  const field = (name: FieldName) => ({ name, value: values[name], onValue: set(name), error: error(name) });
  const countries = PASSPORT_COUNTRIES.map((code) => [code, countryName(code, lang)] as [string, string]);
  const operator = operators.find((o) => o.slug === values.operator);
  const operatorName = (o: PaperworkOperator) => (meaning === "zh" ? o.nameZh : o.nameEn);
  const stale = made !== null && JSON.stringify(made.values) !== JSON.stringify(values);
  const printable = made ? made.documents.filter((d) => printTarget === "both" || d.id === printTarget) : [];
  const hasPoa = made?.documents.some((d) => d.id === "poa") ?? false;

  return (
    <div className="space-y-10">
      <form noValidate onSubmit={make} className="space-y-6 print:hidden" aria-labelledby="paperwork-form-title">
        <div>
          <h2 id="paperwork-form-title" className="text-xl font-bold">
            {t("form.title")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("form.requiredNote")}</p>
        </div>

        <Section legend={t("form.legendOperator")}>
          <SelectInput
            {...field("operator")}
            onValue={setOperator}
            label={t("form.operator")}
            placeholder={t("form.chooseOperator")}
            options={operators.map((o) => [o.slug, operatorName(o)])}
          />
          {operator && <OperatorNote operator={operator} name={operatorName(operator)} />}
          <TextInput {...field("addressee")} onValue={setAddressee} label={t("form.addressee")} hint={t("form.addresseeHint")} lang="ru" autoComplete="off" />
          <TextInput {...field("phone")} label={t("form.phone")} hint={t("form.phoneHint")} type="tel" inputMode="tel" autoComplete="off" />
        </Section>

        <Section legend={t("form.legendSubscriber")} hint={t("form.subscriberHint")}>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextInput {...field("surnameLatin")} onValue={setLatin("surname")} label={t("form.surnameLatin")} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            <TextInput {...field("givenNamesLatin")} onValue={setLatin("givenNames")} label={t("form.givenNamesLatin")} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextInput {...field("surnameCyrillic")} onValue={setCyrillic("surname")} label={t("form.surnameCyrillic")} describedBy="pw-cyrillic-hint" lang="ru" autoComplete="off" spellCheck={false}>
              <Suggestion latin={values.surnameLatin} suggestion={suggestion.surname} current={values.surnameCyrillic} onUse={() => applySuggestion("surname")} id="surname" />
            </TextInput>
            <TextInput {...field("givenNamesCyrillic")} onValue={setCyrillic("givenNames")} label={t("form.givenNamesCyrillic")} describedBy="pw-cyrillic-hint" lang="ru" autoComplete="off" spellCheck={false}>
              <Suggestion latin={values.givenNamesLatin} suggestion={suggestion.givenNames} current={values.givenNamesCyrillic} onUse={() => applySuggestion("givenNames")} id="givenNames" />
            </TextInput>
          </div>
          <p id="pw-cyrillic-hint" className="text-sm text-muted">
            {t("form.cyrillicHint")}
          </p>
          <TextInput {...field("birthDate")} label={t("form.birthDate")} type="date" className="sm:max-w-xs" />
        </Section>

        <Section legend={t("form.legendPassport")}>
          <div className="grid gap-5 sm:grid-cols-3">
            <TextInput {...field("passportNumber")} label={t("form.passportNumber")} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            <SelectInput {...field("passportCountry")} label={t("form.passportCountry")} options={countries} />
            <TextInput {...field("passportIssued")} label={t("form.passportIssued")} type="date" />
          </div>
        </Section>

        <Section legend={t("form.legendContract")} hint={t("form.contractHint")}>
          <div className="grid gap-5 sm:grid-cols-3">
            <TextInput {...field("personalAccount")} label={t("form.personalAccount")} autoComplete="off" />
            <TextInput {...field("contractNumber")} label={t("form.contractNumber")} autoComplete="off" />
            <TextInput {...field("contractDate")} label={t("form.contractDate")} type="date" />
          </div>
        </Section>

        <Section legend={t("form.legendRefund")}>
          <RadioGroup {...field("refund")} legend={t("form.legendRefund")} legendClassName="sr-only" options={REFUND_KINDS.map((k) => [k, t(`form.refund.${k}`)])} columns={1} />
          {values.refund === "bank" && (
            <div className="space-y-5 border-l-4 border-brand-100 pl-3 sm:pl-4">
              <TextInput {...field("recipient")} label={t("form.recipient")} hint={t("form.recipientHint")} lang="ru" autoComplete="off" />
              <TextInput {...field("bankName")} label={t("form.bankName")} hint={t("form.bankNameHint")} lang="ru" autoComplete="off" />
              <div className="grid gap-5 sm:grid-cols-2">
                <TextInput {...field("bic")} label={t("form.bic")} hint={t("form.bicHint")} inputMode="numeric" autoComplete="off" />
                <TextInput
                  {...field("correspondentAccount")}
                  label={t("form.correspondentAccount")}
                  hint={t("form.correspondentAccountHint")}
                  inputMode="numeric"
                  autoComplete="off"
                />
              </div>
              <TextInput {...field("bankAccount")} label={t("form.bankAccount")} hint={t("form.bankAccountHint")} inputMode="numeric" autoComplete="off" />
            </div>
          )}
          {values.refund === "transfer" && (
            <TextInput {...field("transferPhone")} label={t("form.transferPhone")} hint={t("form.phoneHint")} type="tel" inputMode="tel" autoComplete="off" />
          )}
          <TextInput {...field("contact")} label={t("form.contact")} hint={t("form.contactHint")} autoComplete="off" />
        </Section>

        <Section legend={t("form.legendSubmitter")}>
          <RadioGroup {...field("submitter")} legend={t("form.legendSubmitter")} legendClassName="sr-only" options={SUBMITTERS.map((k) => [k, t(`form.submitter.${k}`)])} />
          {values.submitter === "representative" && (
            <div className="space-y-5 border-l-4 border-brand-100 pl-3 sm:pl-4">
              <RadioGroup
                {...field("repPassportKind")}
                legend={t("form.repPassportKind")}
                options={REP_PASSPORT_KINDS.map((k) => [k, t(`form.repPassportKinds.${k}`)])}
              />
              <TextInput {...field("repName")} label={t("form.repName")} hint={values.repPassportKind === "russian" ? t("form.repNameHint") : undefined} autoComplete="off" spellCheck={false} />
              <div className="grid gap-5 sm:grid-cols-2">
                <TextInput {...field("repBirthDate")} label={t("form.repBirthDate")} type="date" />
                <TextInput
                  {...field("repPassportNumber")}
                  label={t("form.repPassportNumber")}
                  hint={values.repPassportKind === "russian" ? t("form.repPassportNumberHintRussian") : t("form.repPassportNumberHintForeign")}
                  inputMode={values.repPassportKind === "russian" ? "numeric" : "text"}
                  autoComplete="off"
                />
                {values.repPassportKind === "foreign" && (
                  <SelectInput {...field("repPassportCountry")} label={t("form.repPassportCountry")} options={countries} placeholder="—" />
                )}
                <TextInput {...field("repPassportIssued")} label={t("form.repPassportIssued")} type="date" />
              </div>
              <TextInput {...field("repPassportIssuer")} label={t("form.repPassportIssuer")} hint={t("form.repPassportIssuerHint")} autoComplete="off" />
              <RadioGroup
                {...field("poaTerm")}
                legend={t("form.poaTerm")}
                hint={t("form.poaTermHint")}
                options={POA_TERMS.map((k) => [k, t(`form.poaTerms.${k}`)])}
              />
              {values.poaTerm === "until" && <TextInput {...field("poaUntil")} label={t("form.poaUntil")} type="date" className="sm:max-w-xs" />}
            </div>
          )}
        </Section>

        <Section legend={t("form.legendPlace")}>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextInput {...field("city")} label={t("form.city")} hint={t("form.cityHint")} lang="ru" list="pw-cities" autoComplete="off" />
            <TextInput {...field("date")} label={t("form.date")} hint={t("form.dateHint")} type="date" />
          </div>
          <datalist id="pw-cities">
            {CITIES.map((city) => (
              <option key={city} value={city} />
            ))}
          </datalist>
        </Section>

        <div className="space-y-3">
          <p
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            className={errorCount > 0 ? "rounded-md border border-red-300 bg-red-50 p-3 text-red-900" : "sr-only"}
          >
            {errorCount > 0 ? t("form.errorSummary", { count: errorCount }) : ""}
          </p>
          <button
            type="submit"
            disabled={!hydrated}
            className="inline-flex min-w-40 items-center justify-center rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
          >
            {t("form.make")}
          </button>
        </div>
      </form>

      {made && (
        <section aria-labelledby="paperwork-preview" className="space-y-5 print:hidden">
          <h2 id="paperwork-preview" ref={previewRef} tabIndex={-1} className="text-xl font-bold">
            {t("preview.title")}
          </h2>
          <p role="status" className={stale ? "rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" : "text-muted"}>
            {stale ? t("form.stale") : t("preview.made")}
          </p>
          <p className="rounded-md border border-line bg-slate-50 p-3 text-sm">{t("draftNotice")}</p>
          {made.documents.map((document) => (
            <DocumentPreview key={document.id} document={document} meaning={meaning} headingId={`preview-${document.id}`} />
          ))}

          <div className="space-y-4 rounded-lg border border-line bg-white p-4">
            <h3 className="text-lg font-bold">{t("preview.printTitle")}</h3>
            {hasPoa && (
              <ChoiceGroup
                name="pw-print-target"
                legend={t("preview.printWhat")}
                columns={3}
                validated={false}
                value={printTarget}
                onValue={(target) => setPrintTarget(target as PrintTarget)}
                options={[
                  ["both", t("preview.printBoth")],
                  ["application", t("preview.printApplication")],
                  ["poa", t("preview.printPoa")],
                ]}
              />
            )}
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={withTranslation}
                onChange={(event) => setWithTranslation(event.target.checked)}
                className="mt-1.5 size-4 shrink-0 accent-brand-700"
              />
              <span>{t("preview.withTranslation")}</span>
            </label>
            <p id="pw-print-hint" className="text-sm text-muted">
              {t("preview.printHint")}
            </p>
            <button
              type="button"
              onClick={() => window.print()}
              disabled={stale}
              aria-describedby="pw-print-hint"
              className="inline-flex min-w-40 items-center justify-center rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
            >
              {t("preview.print")}
            </button>
          </div>
        </section>
      )}

      {made && !stale && <PrintableDocuments documents={printable} meaning={meaning} withTranslation={withTranslation} />}
    </div>
  );
}

function Suggestion({ latin, suggestion, current, onUse, id }: { latin: string; suggestion: string | null; current: string; onUse: () => void; id: string }) {
  const t = useTranslations("Paperwork.form");
  return (
    <div aria-live="polite" data-testid={`suggestion-${id}`}>
      {latin.trim() && !suggestion && <p className="mt-1 text-sm text-amber-900">{t("noSuggestion")}</p>}
      {latin.trim() && suggestion && (
        <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm">
          <span lang="ru">{t("suggestion", { name: suggestion })}</span>
          {current !== suggestion && (
            <button type="button" onClick={onUse} className="font-medium text-brand-700 underline underline-offset-2">
              {t("useSuggestion")}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

function OperatorNote({ operator, name }: { operator: PaperworkOperator; name: string }) {
  const t = useTranslations("Paperwork");
  const locale = useLocale();
  return (
    <div className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm" data-testid="operator-note">
      <p className="font-semibold">{t("operatorNote.title", { operator: name })}</p>
      <p className="mt-1">{hasFacts(operator.slug) ? t(`notes.${operator.slug}`) : t("notes.unknown", { operator: name })}</p>
      <p className="mt-1 flex flex-wrap gap-x-4">
        {OPERATOR_SOURCES[operator.slug] && (
          <a href={OPERATOR_SOURCES[operator.slug]} rel="noopener noreferrer" hrefLang="ru">
            {t("notes.source")}
          </a>
        )}
        {/* not prefetched: a prefetch would tell the server which operator the reader chose */}
        <NextLink href={localizedHref(locale, { pathname: "/reports/new", query: { operator: operator.slug } })} prefetch={false}>
          {t("notes.reportsLink")}
        </NextLink>
      </p>
    </div>
  );
}
