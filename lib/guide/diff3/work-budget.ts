/** Raised when a merge would take longer than a web request may spend on it. */
export class WorkBudgetExceeded extends Error {
  constructor() {
    super("three-way merge work budget exceeded");
    this.name = "WorkBudgetExceeded";
  }
}

/**
 * Counts the elementary steps of one merge past the linear passes (diagonals visited and
 * lines compared by the comparison, lines slid into place), so the worst inputs stop after
 * a fixed amount of work instead of blocking the request.
 */
export class WorkBudget {
  used = 0;
  exceeded = false;

  constructor(readonly limit: number) {}

  spend(steps: number) {
    this.used += steps;
    if (this.used > this.limit) {
      this.exceeded = true;
      throw new WorkBudgetExceeded();
    }
  }
}
