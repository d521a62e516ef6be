import { lazy, Suspense, useState } from 'react';
import { useExplorer, useOnLinkLoaded } from '../../../state/useExplorer';
import { useCurveDrawn } from '../../../ui/firstCurve';
import { LoadBoundary } from '../../../ui/LoadBoundary';
import { usePanelsShown } from '../../../ui/projector';
import { useNearViewport } from '../../../ui/useNearViewport';
import { simStore, useForgetSimsOn } from '../../../ui/simStore';
import { Controls } from './Controls';
import { EQUATION_FONTS } from './equationFonts';
import { ErrorPanel } from './ErrorPanel';
import { SidePanel } from './SidePanel';
import { linkRequests } from './simRequests';

// KaTeX is two thirds of this view's code and not needed for the first curve. The equations are below the fold, so
// they load when scrolled near: their first layout (about 900 boxes, 40–70 ms) then never lands in a slider's
// frame. Their fonts are fetched before they are shown, so they are laid out once, not again when the fonts arrive.
const Equations = lazy(async () => {
  const { Equations } = await import('./Equations');
  await equationFonts(EQUATION_FONTS);
  return { default: Equations };
});

/** Waits (at most 3 s) for the fonts; one that fails leaves the fallback face, which KaTeX tolerates. */
async function equationFonts(fonts: readonly string[]): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const loaded = Promise.all(fonts.map((f) => document.fonts.load(f).catch(() => [])));
  await Promise.race([loaded, new Promise((r) => setTimeout(r, 3000))]);
}

/** Where the equations go; they load once it is within half a screen of the viewport. */
function EquationsSlot() {
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const near = useNearViewport(slot);
  return (
    <div ref={setSlot} className="equations-slot">
      {near && (
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
    </div>
  );
}

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
      {shown.extras && curveShown && <EquationsSlot />}
    </>
  );
}
