import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What stands in the part's place, given why it failed. */
  failed: (message: string) => ReactNode;
}

/**
 * A part of the page loaded on demand (React.lazy) whose code could not be fetched, on a dropped connection or
 * offline before the first visit was stored: shows `failed` in its place and keeps the rest of the page. React
 * catches render errors only in a class component.
 */
export class LoadBoundary extends Component<Props, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    return { message: e instanceof Error ? e.message : String(e) };
  }

  render() {
    return this.state.message === null ? this.props.children : this.props.failed(this.state.message);
  }
}
