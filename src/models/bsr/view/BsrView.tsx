import { lazy, Suspense } from 'react';
import { useExplorer, useOnLinkLoaded } from '../../../state/useExplorer';
import { useCurveDrawn } from '../../../ui/firstCurve';
import { LoadBoundary } from '../../../ui/LoadBoundary';
import { usePanelsShown } from '../../../ui/projector';
import { simStore, useForgetSimsOn } from '../../../ui/simStore';
import { Controls } from './Controls';
import { ErrorPanel } from './ErrorPanel';
import { SidePanel } from './SidePanel';
import { linkRequests } from './simRequests';

// KaTeX is two thirds of this view's code and not needed for the first curve: it loads once that is shown.
const Equations = lazy(async () => ({ default: (await import('./Equations')).Equations }));

/** Bilinear sequence regression: the parameter column, the error curve and a second panel, then the equations. */
export function BsrView() {
  const shown = usePanelsShown();
  const curveShown = useCurveDrawn();
  useOnLinkLoaded('bsr', (st) => {
    const requests = linkRequests(st);
    if (requests.length) void simStore.getState().run('bsr', requests);
  });
  useForgetSimsOn(useExplorer((s) => `${s.beta}|${s.rho}|${s.delta}`));
  return (
    <>
      <main className="layout">
        {shown.controls && <Controls />}
        <div className="panels">
          {shown.main && <ErrorPanel />}
          {shown.side && <SidePanel />}
        </div>
      </main>
      {shown.extras && curveShown && (
        <LoadBoundary
          failed={(m) => (
            <p className="notice" role="alert" data-testid="equations-failed">
              The equations could not be loaded ({m}).
            </p>
          )}
        >
          <Suspense fallback={null}>
            <Equations />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
