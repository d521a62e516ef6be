import { parseList } from '../../../state/schema';
import { useExplorer, useOnLinkLoaded } from '../../../state/useExplorer';
import { usePanelsShown } from '../../../ui/projector';
import { simStore, useForgetSimsOn } from '../../../ui/simStore';
import { AimControls } from './AimControls';
import { AimCurvesProvider } from './curves';
import { ErrorPanel } from './ErrorPanel';
import { SidePanel } from './SidePanel';
import { simRequest } from './simRequest';

/**
 * The attention-indexed model: Bayes-optimal estimation error against α = n/D² (or ᾱ, on which all T
 * collapse for softmax), its thresholds, and a second panel (spectrum, phase diagram, test error, simulation).
 */
export function AimView() {
  const shown = usePanelsShown();
  useOnLinkLoaded('aim', (st) => {
    const alphas = parseList(st.simAlphas, 16).values;
    if (alphas.length)
      void simStore.getState().run(
        'aim',
        alphas.map((a) => simRequest(st, a)),
      );
  });
  useForgetSimsOn(useExplorer((s) => `${s.rho}|${s.channel}|${s.T}`));
  return (
    <AimCurvesProvider>
      <main className="layout">
        {shown.controls && <AimControls />}
        <div className="panels">
          {shown.main && <ErrorPanel />}
          {shown.side && <SidePanel />}
        </div>
      </main>
    </AimCurvesProvider>
  );
}
