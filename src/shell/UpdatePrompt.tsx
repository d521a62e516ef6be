import { useStore } from 'zustand';
import { updateStore } from './update';

/** "Update available — reload" when a newer version of the site is installed and waits for this page. */
export function UpdatePrompt() {
  const { needRefresh, reload, dismiss } = useStore(updateStore);
  if (!needRefresh) return null;
  return (
    <div className="notice update" role="status" data-testid="update-prompt">
      <strong>Update available</strong> — a newer version of Tokenphase is ready.{' '}
      <button onClick={reload} data-testid="update-reload">
        Reload
      </button>{' '}
      <button onClick={dismiss}>Later</button>
    </div>
  );
}
