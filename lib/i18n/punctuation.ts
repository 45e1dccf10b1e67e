/** "Label: value": Chinese text takes the full-width colon, without a space after it. */
export const colon = (locale: string) => (locale === "zh" ? "：" : ": ");
