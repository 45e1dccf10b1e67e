/** What the report form sends back after a rejected submission: the codes and the echo. */
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

export type ReportFormState = {
  errors: Record<string, string>;
  values: ReportFormValues;
  submissions: number;
};

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
