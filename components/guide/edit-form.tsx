"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { FieldError, Hint, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { previewMarkdownAction, saveGuideEditAction, type EditFormState } from "@/lib/guide/actions";
import type { PreviewResult } from "@/lib/guide/preview";

type Props = {
  slug: string;
  locale: "zh" | "en";
  baseRevisionId: number;
  title: string;
  body: string;
};

export function EditForm({ slug, locale, baseRevisionId, title, body }: Props) {
  const t = useTranslations("Edit");
  const te = useTranslations("Errors");
  const initial: EditFormState = { errors: {}, values: { title, body, summary: "", baseRevisionId: String(baseRevisionId) }, submissions: 0 };
  const [state, action] = useActionState(saveGuideEditAction, initial);
  const alertRef = useRef<HTMLDivElement>(null);
  const formError = state.errors.form && state.errors.form !== "conflict" ? te(state.errors.form as "required") : null;
  const bodyError = state.errors.body ? te(state.errors.body as "required", state.errorParams ?? {}) : undefined;

  useEffect(() => {
    if (state.submissions > 0) alertRef.current?.focus();
  }, [state.submissions]);

  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="baseRevisionId" value={state.values.baseRevisionId} />
      <div ref={alertRef} tabIndex={-1} role="alert" className={state.conflict || formError ? "" : "sr-only"}>
        {formError && <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{formError}</p>}
        {state.conflict && (
          <div className="rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
            <p className="font-semibold">{t("conflictTitle")}</p>
            <p className="mt-1">{t("conflictBody")}</p>
          </div>
        )}
      </div>

      <div>
        <label htmlFor="title" className="font-semibold">
          {t("pageTitle")}
        </label>
        <input
          id="title"
          name="title"
          required
          maxLength={200}
          defaultValue={state.values.title}
          aria-invalid={Boolean(state.errors.title)}
          aria-describedby="title-error"
          className={inputClass}
        />
        <FieldError id="title-error" message={state.errors.title ? te(state.errors.title as "required") : undefined} />
      </div>

      {state.conflict ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <div>
            <label htmlFor="current-body" className="font-semibold">
              {t("currentVersion")}
            </label>
            <textarea id="current-body" readOnly rows={22} value={state.conflict.body} className={`${inputClass} bg-slate-50 font-mono text-sm`} />
          </div>
          <BodyField label={t("yourVersion")} initial={state.values.body} error={bodyError} />
        </div>
      ) : (
        <BodyField label={t("body")} initial={state.values.body} error={bodyError} withPreview />
      )}

      <div>
        <label htmlFor="summary" className="font-semibold">
          {t("summary")}
        </label>
        <input
          id="summary"
          name="summary"
          maxLength={300}
          defaultValue={state.values.summary}
          aria-invalid={Boolean(state.errors.summary)}
          aria-describedby="summary-hint summary-error"
          className={inputClass}
        />
        <Hint id="summary-hint">{t("summaryHint")}</Hint>
        <FieldError id="summary-error" message={state.errors.summary ? te(state.errors.summary as "required") : undefined} />
      </div>
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

function BodyField({ label, initial, error, withPreview = false }: { label: string; initial: string; error?: string; withPreview?: boolean }) {
  const t = useTranslations("Edit");
  const te = useTranslations("Errors");
  const [body, setBody] = useState(initial);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [pending, startTransition] = useTransition();

  // the preview is rendered by the server's own renderer, a moment after typing stops
  useEffect(() => {
    if (!withPreview) return;
    const timer = setTimeout(() => {
      startTransition(async () => setPreview(await previewMarkdownAction(body)));
    }, 400);
    return () => clearTimeout(timer);
  }, [body, withPreview]);

  const field = (
    <div>
      <label htmlFor="body" className="font-semibold">
        {label}
      </label>
      <textarea
        id="body"
        name="body"
        rows={22}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby="body-hint body-error"
        className={`${inputClass} font-mono text-sm leading-relaxed`}
      />
      <Hint id="body-hint">{t("markdownHelp")}</Hint>
      <FieldError id="body-error" message={error} />
    </div>
  );
  if (!withPreview) return field;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {field}
      <section aria-labelledby="preview-heading" aria-busy={pending} className="min-h-64 rounded-lg border border-line bg-white p-4">
        <h2 id="preview-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          {t("preview")} {pending && <span className="font-normal normal-case">· {t("previewUpdating")}</span>}
        </h2>
        {preview === null ? (
          <p className="mt-3 text-sm text-muted">{t("previewEmpty")}</p>
        ) : preview.ok ? (
          // sanitized on the server by the same pipeline that renders the published page
          <div className="prose-guide mt-3" data-testid="preview" dangerouslySetInnerHTML={{ __html: preview.html }} />
        ) : (
          <p className="mt-3 text-sm text-amber-900" data-testid="preview-error">
            {te(preview.error as "required")}
          </p>
        )}
      </section>
    </div>
  );
}
