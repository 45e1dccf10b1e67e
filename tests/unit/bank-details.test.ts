import { describe, expect, it } from "vitest";
import {
  checkAccount,
  checkBic,
  checkCorrespondentAccount,
  clientKeyPrefix,
  controlKey,
  correspondentKeyPrefix,
} from "@/lib/paperwork/bank-details";

// Published bank details: banks' own correspondent accounts, and settlement accounts printed
// in invoices (Alfa-Bank's Novosibirsk branch; an account at a Moscow-region bank).
const CORRESPONDENT: Array<[bic: string, account: string]> = [
  ["044525225", "30101810400000000225"], // Sberbank, Moscow
  ["044525974", "30101810145250000974"], // T-Bank
  ["044525593", "30101810200000000593"], // Alfa-Bank
  ["044525187", "30101810700000000187"], // VTB
  ["045004774", "30101810600000000774"], // Alfa-Bank, Novosibirsk branch
];
const CLIENT: Array<[bic: string, account: string]> = [
  ["045004774", "40702810923400000075"],
  ["044030827", "40702810900000002851"],
];

/** Replaces the digit at index i with (digit + 1) mod 10. */
const bump = (text: string, i: number) => text.slice(0, i) + ((Number(text[i]) + 1) % 10) + text.slice(i + 1);

describe("BIC", () => {
  it("accepts a Russian BIC and tolerates spaces", () => {
    expect(checkBic("044525225")).toBeNull();
    expect(checkBic("04 45 25 225")).toBeNull();
  });
  it("rejects wrong lengths, letters, and codes outside Russia", () => {
    expect(checkBic("04452522")).toBe("bic_format");
    expect(checkBic("0445252250")).toBe("bic_format");
    expect(checkBic("04452522A")).toBe("bic_format");
    expect(checkBic("SABRRUMM")).toBe("bic_format");
    expect(checkBic("144525225")).toBe("bic_country");
  });
});

describe("control key of a client's account (Bank of Russia, 1997 No. 515)", () => {
  it.each(CLIENT)("accepts %s / %s", (bic, account) => {
    expect(checkAccount(account, bic)).toBeNull();
  });

  it.each(CLIENT)("rejects every single-digit change of %s / %s", (bic, account) => {
    for (let i = 0; i < 20; i++) expect(checkAccount(bump(account, i), bic), `digit ${i}`).toBe("account_key");
  });

  it("rejects the account against another bank's BIC and wrong lengths", () => {
    expect(checkAccount("40702810923400000075", "044525225")).toBe("account_key");
    expect(checkAccount("4070281092340000007", "045004774")).toBe("account_format");
    expect(checkAccount("407028109234000000755", "045004774")).toBe("account_format");
    expect(checkAccount("40702810923400000O75", "045004774")).toBe("account_format");
  });

  it("computes the key that makes an account valid", () => {
    for (const [bic, account] of CLIENT) {
      expect(controlKey(clientKeyPrefix(bic), account)).toBe(Number(account[8]));
    }
    // a made-up personal account at Sberbank, keyed by the same rule, passes the check
    const draft = "40817810X38041234567";
    const keyed = draft.replace("X", String(controlKey(clientKeyPrefix("044525225"), draft.replace("X", "0"))));
    expect(checkAccount(keyed, "044525225")).toBeNull();
  });
});

describe("correspondent account", () => {
  it.each(CORRESPONDENT)("accepts %s / %s", (bic, account) => {
    expect(checkCorrespondentAccount(account, bic)).toBeNull();
    expect(controlKey(correspondentKeyPrefix(bic), account)).toBe(Number(account[8]));
  });

  it("rejects a changed key, another bank's account, a non-30101 account and a bad length", () => {
    expect(checkCorrespondentAccount(bump("30101810400000000225", 8), "044525225")).toBe("corr_key");
    expect(checkCorrespondentAccount("30101810200000000593", "044525225")).toBe("corr_bic");
    expect(checkCorrespondentAccount("40702810923400000075", "045004774")).toBe("corr_prefix");
    expect(checkCorrespondentAccount("3010181040000000022", "044525225")).toBe("corr_format");
  });
});
