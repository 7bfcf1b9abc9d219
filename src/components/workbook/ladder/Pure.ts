import { Component } from 'preact';

/**
 * A component that re-renders only when a prop changes (shallow compare).
 * The ladder's data is immutable, so an unchanged step is the same object;
 * with 60 steps and 300 tries this keeps a keystroke to one row's work.
 */
export abstract class Pure<P> extends Component<P> {
  shouldComponentUpdate(next: P) {
    const now = this.props as Record<string, unknown>;
    return Object.entries(next as Record<string, unknown>).some(([k, v]) => now[k] !== v);
  }
}
