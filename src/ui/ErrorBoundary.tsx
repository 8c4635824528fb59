// Keeps the page usable when one view fails, and says what happened.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';

interface Props {
  name: string;
  children: ReactNode;
}

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`view ${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <p>{i18next.t('error.view', { message: this.state.message })}</p>
        <button type="button" onClick={() => this.setState({ message: null })}>
          {i18next.t('error.retry')}
        </button>
      </div>
    );
  }
}
