import type { PanelStatus } from '../bridge/hooks';

/** A panel's state (computing / stale / ready / failed) with a short detail, announced to screen readers. */
export function StatusBadge({ status, detail, testId }: { status: PanelStatus; detail: string; testId: string }) {
  return (
    <span className={`status status-${status}`} data-testid={testId} role="status" aria-live="polite">
      {status}
      {detail ? ` · ${detail}` : ''}
    </span>
  );
}
