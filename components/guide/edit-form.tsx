"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/ui/use-error-text";
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
  const initial: EditFormState = { errors: {}, values: { title, body, summary: "", baseRevisionId: String(baseRevisionId) }, submissions: 0 };
  const [state, action] = useActionState(saveGuideEditAction, initial);
  const error = useErrorText(state.errors, "Errors", state.errorParams);
  const conflict = state.conflict && (
    <>
      <p className="font-semibold">{t("conflictTitle")}</p>
      <p className="mt-1">{t("conflictBody")}</p>
    </>
  );

  return (
    <form key={state.submissions} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="baseRevisionId" value={state.values.baseRevisionId} />
      <FormAlert focusKey={state.submissions} tone={conflict ? "warning" : "error"} message={conflict || (state.errors.form !== "conflict" ? error("form") : undefined)} />
      <TextField name="title" label={t("pageTitle")} required maxLength={200} defaultValue={state.values.title} error={error("title")} />

      {state.conflict ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <TextAreaField
            id="current-body"
            label={t("currentVersion")}
            validated={false}
            readOnly
            rows={22}
            value={state.conflict.body}
            textareaClassName="bg-slate-50 font-mono text-sm"
          />
          <BodyField label={t("yourVersion")} initial={state.values.body} error={error("body")} />
        </div>
      ) : (
        <BodyField label={t("body")} initial={state.values.body} error={error("body")} withPreview />
      )}

      <TextField name="summary" label={t("summary")} hint={t("summaryHint")} maxLength={300} defaultValue={state.values.summary} error={error("summary")} />
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
    <TextAreaField
      name="body"
      label={label}
      hint={t("markdownHelp")}
      rows={22}
      value={body}
      onChange={(event) => setBody(event.target.value)}
      error={error}
      textareaClassName="font-mono text-sm leading-relaxed"
    />
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
