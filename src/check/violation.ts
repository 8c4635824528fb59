// What every checker reports: a named property, a sentence, and the trace indexes of the
// events that show the violation (the page highlights them).

/** The Raft safety properties of Figure 3 of the Raft paper, plus the persistence rules of Figure 2. */
export const SAFETY_PROPERTIES = [
  'Election Safety',
  'Leader Append-Only',
  'Log Matching',
  'Leader Completeness',
  'State Machine Safety',
  'Term Monotonicity',
  'One Vote Per Term',
  'Commit Monotonicity',
  'Apply Committed Only',
] as const;

export type SafetyProperty = (typeof SAFETY_PROPERTIES)[number];

export interface Violation {
  property: SafetyProperty;
  message: string;
  /** Indexes into the trace, ascending, without duplicates. */
  events: number[];
}

/** Builds a violation with its event indexes sorted and deduplicated. */
export function violation(property: SafetyProperty, message: string, events: readonly number[]): Violation {
  const unique = [...new Set(events.filter((index) => index >= 0))].sort((a, b) => a - b);
  return { property, message, events: unique };
}
