import { Component, type ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';

/** Last line of defence: a crash in a view says so and offers a way back, never a blank page. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <section role="alert" className="panel error-panel">
      <h1>{t('state.crashTitle')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <a href="/">{t('nav.overview')}</a>
      </p>
    </section>
  );
}

interface BoundaryProps {
  /** The address's key: moving elsewhere (the browser's back button) clears the crash. */
  location: string;
  children: ReactNode;
}

interface BoundaryState {
  error: { thrown: unknown } | null;
  location: string;
}

/** Catches what a view (or its lazily loaded code) throws and shows RouteError in place of the page. */
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, location: this.props.location };

  static getDerivedStateFromError(thrown: unknown): Partial<BoundaryState> {
    return { error: { thrown } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { error: null, location: props.location };
  }

  render() {
    return this.state.error ? <RouteError error={this.state.error.thrown} /> : this.props.children;
  }
}
