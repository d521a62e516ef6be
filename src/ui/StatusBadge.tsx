import type { PanelStatus } from '../bridge/hooks';
import { prerendering } from '../shell/firstView/prerendering';

/** A panel's state (computing / stale / ready / failed) with a short detail, announced to screen readers. */
export function StatusBadge({ status, detail, testId }: { status: PanelStatus; detail: string; testId: string }) {
  if (prerendering)
    return (
      <span className="status status-computing" data-testid={testId} role="status">
        starting
      </span>
    );
  return (
    <span className={`status status-${status}`} data-testid={testId} role="status" aria-live="polite">
      {status}
      {detail ? ` · ${detail}` : ''}
    </span>
  );
}
