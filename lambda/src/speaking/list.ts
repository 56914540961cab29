/** Lists as they are said in the request's language: "James, Lena, and Priya"; "A, B, or C". */
export function spokenList(items: string[], locale: string, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
