/** A facts panel as a reader sees it: the facts that have values, by label (FactList leaves out the others). */
import type { Fact } from '../../../src/data/facts.ts';

export function shownFacts(facts: readonly Fact[]): Record<string, Fact['values']> {
  return Object.fromEntries(facts.filter((fact) => fact.values.length > 0).map((f) => [f.label, f.values]));
}
