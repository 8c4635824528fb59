// A modal dialog on the native <dialog> element: the browser handles focus, Escape and the
// backdrop. The effect is there because showModal() has no declarative form.

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
}

export function Dialog({ title, testId, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="fault-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
