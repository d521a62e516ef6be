import { useEffect, useState } from 'react';
import { modelById } from '../models/registry';
import { loadedView, loadView } from '../models/views';
import { useExplorer } from '../state/useExplorer';

/**
 * The current model's view, loaded on demand, with a line saying so until its code arrives, or why it did not.
 * Not React.lazy with Suspense: React holds a view that resolves within 300 ms of a shown fallback back until
 * those 300 ms have passed, and at a cold load that wait lay on the way to the first curve. A state update
 * here is drawn at once.
 */
export function ModelView() {
  const model = useExplorer((s) => s.model);
  const View = loadedView(model);
  const [, arrived] = useState(0);
  const [failure, setFailure] = useState<{ model: string; message: string } | null>(null);
  useEffect(() => {
    if (View) return;
    let live = true;
    loadView(model).then(
      () => live && arrived((n) => n + 1),
      (e: unknown) => live && setFailure({ model, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [model, View]);
  if (View) return <View />;
  const title = modelById(model).title;
  if (failure?.model === model)
    return (
      <div className="notice" role="alert" data-testid="view-failed">
        The {title} view could not be loaded ({failure.message}). Reload the page to try again.
      </div>
    );
  return (
    <p className="loading" role="status">
      Loading {title}…
    </p>
  );
}
