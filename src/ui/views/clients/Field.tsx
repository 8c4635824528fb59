// A labelled form control with its problem underneath, tied together for screen readers.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './validate';

/** The problem's message; `required` only once the learner tried to send (no nagging on empty fields). */
export function useProblemText(): (p: Problem | undefined, tried: boolean) => string | undefined {
  const { t } = useTranslation('clients');
  return (p, tried) => (!p || (p.code === 'required' && !tried) ? undefined : t(`problem.${p.code}`, p.params ?? {}));
}

interface Props {
  id: string;
  label: string;
  problem?: string | undefined;
  wide?: boolean;
  children(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }): ReactNode;
}

export function Field({ id, label, problem, wide, children }: Props) {
  const errorId = `${id}-problem`;
  return (
    <div className={`cl-field${wide ? ' is-wide' : ''}${problem ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem !== undefined, ...(problem ? { 'aria-describedby': errorId } : {}) })}
      {problem && (
        <p className="cl-problem" id={errorId} data-testid={`problem-${id}`}>
          {problem}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label to the right. */
export function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="cl-check" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
