"use client";

import { createContext, useContext, type ReactNode } from "react";

export type ErrorText = { title: string; body: string; retry: string };

const ErrorTextContext = createContext<ErrorText>({ title: "Error", body: "", retry: "Retry" });

/** The error boundaries' words, given by the page frame so they need no i18n code in the browser. */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export const useErrorText = () => useContext(ErrorTextContext);
