// Transport icons as inline SVG: crisp at any projector resolution, no emoji font surprises.

const common = { width: 20, height: 20, viewBox: '0 0 20 20', 'aria-hidden': true, focusable: false } as const;

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M5 3.5v13l11-6.5z" fill="currentColor" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...common}>
    <rect x="4.5" y="3.5" width="4" height="13" rx="1" fill="currentColor" />
    <rect x="11.5" y="3.5" width="4" height="13" rx="1" fill="currentColor" />
  </svg>
);

export const StepIcon = () => (
  <svg {...common}>
    <path d="M4 4v12l8-6z" fill="currentColor" />
    <rect x="13" y="4" width="3" height="12" rx="1" fill="currentColor" />
  </svg>
);

export const StepBackIcon = () => (
  <svg {...common}>
    <path d="M16 4v12l-8-6z" fill="currentColor" />
    <rect x="4" y="4" width="3" height="12" rx="1" fill="currentColor" />
  </svg>
);

/** An envelope arriving: "step until the next message is delivered". */
export const DeliveryIcon = () => (
  <svg {...common}>
    <rect x="2" y="5" width="12" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
    <path d="M2.5 6l5.5 4.5 5.5-4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    <path d="M15 7l3.5 3-3.5 3z" fill="currentColor" />
  </svg>
);
