"use client";

import { useEffect, useRef, type ReactNode } from "react";

const toneClass = {
  error: "rounded-md border border-red-300 bg-red-50 p-3 text-red-900",
  warning: "rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950",
  success: "rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900",
};

/**
 * A form's message above its fields: what went wrong (an alert), what needs a look (a
 * warning) or what went right (a status). Empty, it stays in the page as a hidden live
 * region. Given `focusKey` (the form's submission count), it takes the focus after every
 * send, so keyboard and screen-reader users start again from what the server said.
 */
export function FormAlert({ message, tone = "error", focusKey }: { message?: ReactNode; tone?: keyof typeof toneClass; focusKey?: number }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) region.current?.focus();
  }, [focusKey]);
  return (
    <div ref={region} tabIndex={focusKey === undefined ? undefined : -1} role={tone === "success" ? "status" : "alert"} className={message ? toneClass[tone] : "sr-only"}>
      {message}
    </div>
  );
}
