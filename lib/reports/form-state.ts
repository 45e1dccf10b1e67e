import type { FormState } from "@/lib/forms";

/** What the report form shows again after a refused send: its fields as typed. */
export type ReportFormValues = {
  operator: string;
  channel: string;
  outcome: string;
  attemptedMonth: string;
  daysToComplete: string;
  location: string;
  registeredTo: string;
  documents: string[];
  balanceRefunded: string;
  story: string;
  displayName: string;
};

/** What the form shows once a report is stored: its link and, this once, the private follow-up link. */
export type PostedReport = {
  id: string;
  status: "published" | "pending";
  /** held for contact details: the author is told so (a bot's silent hold is not) */
  held: boolean;
  /** posted while signed in: the follow-up page is also under /account */
  member: boolean;
  followUp: { url: string; attemptedMonth: string; issuedAt: string } | null;
};

export type ReportFormState = FormState<ReportFormValues> & { posted?: PostedReport };

export function initialReportFormState(operator = ""): ReportFormState {
  return {
    errors: {},
    submissions: 0,
    values: {
      operator,
      channel: "",
      outcome: "",
      attemptedMonth: "",
      daysToComplete: "",
      location: "",
      registeredTo: "",
      documents: [],
      balanceRefunded: "",
      story: "",
      displayName: "",
    },
  };
}
