/**
 * Russian bank details for a refund: the BIC (БИК) and the 20-digit account numbers.
 *
 * The control key is the Bank of Russia's: "Порядок расчета контрольного ключа в номере
 * лицевого счета" (Bank of Russia, 08.09.1997 No. 515), kept in its accounting rules since.
 * The key is the 9th digit of an account. Three digits from the BIC are put before the 20
 * account digits; each of the 23 digits is multiplied by the weights 7, 1, 3, 7, 1, 3, …
 * and the last digits of the products are summed: the account is valid when that sum ends
 * in 0. For an account held at a bank the three digits are the last three of the bank's
 * BIC; for the bank's correspondent account (30101…) at the Bank of Russia they are "0"
 * and the 5th and 6th BIC digits. The packages on npm check a BIC's format but not an
 * account against its BIC, hence this small function (tested with published pairs).
 */

const WEIGHTS = [7, 1, 3] as const;

export const onlyDigits = (value: string) => value.replace(/[\s-]/g, "");

/** Sum of the last digits of digit × weight over the 23 digits. */
function weightedSum(prefix: string, account: string): number {
  return [...prefix + account].reduce((sum, char, index) => sum + ((Number(char) * WEIGHTS[index % 3]) % 10), 0);
}

export type BicProblem = "bic_format" | "bic_country";
export type AccountProblem = "account_format" | "account_key";

/**
 * A Russian BIC is 9 digits and starts with 04 (the country code of Russia in the Bank of
 * Russia's directory); other digits there are codes, with no check digit of their own.
 */
export function checkBic(input: string): BicProblem | null {
  const bic = onlyDigits(input);
  if (!/^\d{9}$/.test(bic)) return "bic_format";
  if (!bic.startsWith("04")) return "bic_country";
  return null;
}

/** The three digits the key is computed with: for a client's account at a bank, its BIC's last three. */
export const clientKeyPrefix = (bic: string) => onlyDigits(bic).slice(-3);
/** …and for a correspondent account at the Bank of Russia, "0" and the BIC's 5th and 6th digits. */
export const correspondentKeyPrefix = (bic: string) => `0${onlyDigits(bic).slice(4, 6)}`;

/** A client's account number (20 digits) against the bank's BIC. Call after checkBic passes. */
export function checkAccount(accountInput: string, bicInput: string): AccountProblem | null {
  const account = onlyDigits(accountInput);
  if (!/^\d{20}$/.test(account)) return "account_format";
  return weightedSum(clientKeyPrefix(bicInput), account) % 10 === 0 ? null : "account_key";
}

export type CorrespondentProblem = "corr_format" | "corr_prefix" | "corr_bic" | "corr_key";

/** The bank's correspondent account: 20 digits, 30101…, ending in the BIC's last three, key valid. */
export function checkCorrespondentAccount(accountInput: string, bicInput: string): CorrespondentProblem | null {
  const account = onlyDigits(accountInput);
  const bic = onlyDigits(bicInput);
  if (!/^\d{20}$/.test(account)) return "corr_format";
  if (!account.startsWith("30101")) return "corr_prefix";
  if (account.slice(-3) !== bic.slice(-3)) return "corr_bic";
  return weightedSum(correspondentKeyPrefix(bic), account) % 10 === 0 ? null : "corr_key";
}

/**
 * The key digit an account must have for the given three-digit prefix (the key position,
 * the account's 9th digit, has weight 3): used by tests to build valid accounts.
 */
export function controlKey(prefix: string, account: string): number {
  const zeroed = `${account.slice(0, 8)}0${account.slice(9)}`;
  const remainder = weightedSum(prefix, zeroed) % 10;
  return (remainder * 3) % 10;
}
