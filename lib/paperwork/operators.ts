/**
 * The companies behind the brands, named as the addressee of an application. Only the
 * ones we are sure of: for any other operator the document leaves a blank for the
 * company's full name, to be copied from the contract.
 */
export const OPERATOR_ENTITIES: Record<string, string> = {
  mts: "ПАО «МТС»",
  megafon: "ПАО «МегаФон»",
  beeline: "ПАО «ВымпелКом»",
  t2: "ООО «Т2 Мобайл»",
};

/** Operators with termination rules of their own in shared/source/policy-facts.md (notes in messages). */
const OPERATORS_WITH_FACTS = ["t2", "megafon"] as const;

export const hasFacts = (slug: string) => (OPERATORS_WITH_FACTS as readonly string[]).includes(slug);

/** The operators' own pages those rules come from. */
export const OPERATOR_SOURCES: Record<string, string> = {
  t2: "https://lipetsk.tele2.ru/help/article/contract-termination",
  megafon: "https://tatarstan.megafon.ru/help/sim_limit",
};

export type PaperworkOperator = {
  slug: string;
  nameRu: string;
  nameZh: string;
  nameEn: string;
};
