/** An operator's name in the reader's language (Chinese pages use the Chinese form). */
export function operatorName(operator: { names: { zh: string; en: string } }, locale: string): string {
  return locale === "zh" ? operator.names.zh : operator.names.en;
}
