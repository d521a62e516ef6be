import { Suspense } from 'react';
import { modelById } from '../models/registry';
import { VIEWS } from '../models/views';
import { useExplorer } from '../state/useExplorer';

/** The current model's view, loaded on demand, with a line saying so until its code arrives. */
export function ModelView() {
  const model = useExplorer((s) => s.model);
  const View = VIEWS[model];
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading {modelById(model).title}…
        </p>
      }
    >
      <View />
    </Suspense>
  );
}
