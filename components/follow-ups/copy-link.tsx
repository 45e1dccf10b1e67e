"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";

/**
 * A link shown in a read-only field (so it can be selected by hand) with a copy button.
 * Falls back to selecting the text when the clipboard is not available (http, old browsers).
 */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const t = useTranslations("FollowUp");
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      field.current?.select();
      setCopied("select");
    }
  }
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={field}
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 font-mono text-sm`}
          data-testid="follow-up-url"
        />
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("copy")}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-6 text-sm text-emerald-800">
        {copied === "yes" ? t("copied") : copied === "select" ? t("copySelect") : ""}
      </p>
    </div>
  );
}
