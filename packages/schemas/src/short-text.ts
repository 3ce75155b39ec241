/** Text cut to a length for titles, breadcrumbs and history sentences, with an ellipsis when cut. */
export function shortText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
