// The violation card's own state: open or not, which violation it shows, and the violations
// it was opened with. They stay pinned while the user jumps back to the events that led to
// them (the run is deterministic: they still happen later), until the scenario changes.

import { create } from 'zustand';
import type { CheckViolation } from '../../../protocol';
import type { Scenario } from '../../../sim/scenario-types';

interface ChecksUi {
  open: boolean;
  shown: number;
  pinned: CheckViolation[];
  /** The scenario the pinned violations belong to (a load or a recorded action changes it). */
  scenario: Scenario | undefined;
  /** Its JSON: the worker sends an equal copy after every seek back. */
  scenarioJson: string;
  setOpen(open: boolean): void;
  show(index: number): void;
  /** Called with the violations at the current position: more than pinned opens the card on the first new one. */
  notice(violations: CheckViolation[], scenario: Scenario | undefined): void;
}

export const useChecksUi = create<ChecksUi>()((set, get) => ({
  open: false,
  shown: 0,
  pinned: [],
  scenario: undefined,
  scenarioJson: '',
  setOpen: (open) => set({ open }),
  show: (shown) => set({ shown }),
  notice: (violations, scenario) => {
    const state = get();
    if (scenario !== state.scenario) {
      const json = JSON.stringify(scenario ?? null);
      if (json !== state.scenarioJson) set({ pinned: [], shown: 0, open: false, scenarioJson: json });
      set({ scenario });
    }
    const known = get().pinned.length;
    if (violations.length > known) set({ open: true, shown: known, pinned: violations });
  },
}));
