/** "Cite this" text for a practice note: who, when, what, where, in a plain form any style guide can adapt. */
export function citation(parts: {
  authors: readonly string[];
  year: string;
  title: string;
  publisher: string;
  url: string;
}): string {
  const authors = parts.authors.length > 0 ? parts.authors.join(', ') : parts.publisher;
  return `${authors} (${parts.year}). ${parts.title.replace(/\.$/, '')}. ${parts.publisher}. ${parts.url}`;
}
