import { useShallow } from 'zustand/react/shallow';
import { parseList } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { PanelFrame } from '../../../ui/PanelFrame';
import { runAlphas } from '../../../ui/sim/panel';
import { SimActions } from '../../../ui/sim/SimActions';
import { AveragedVsK, SimResultsTable } from '../../../ui/sim/SimResults';
import { traceCaption } from '../../../ui/sim/runText';
import { SimTrace } from '../../../ui/sim/SimTrace';
import { simStatus } from '../../../ui/sim/simStatus';
import { simStore, useSim, useSimPoints } from '../../../ui/simStore';
import { aimSimMemory } from '../sim/size';
import type { AimSimPointResult } from '../simPoint';
import { AimTabs, SIDE_LABEL } from './AimTabs';
import { simulationData } from './panelData';
import { SimControls } from './SimControls';
import { selectSimSettings, shownResults, simAlgo, simRequest, sweepAlphas } from './simRequest';

/** GAMP-RIE and (averaged) gradient descent on seeded instances of the attention-indexed model. */
export function SimPanel() {
  const s = useExplorer(useShallow(selectSimSettings));
  const present = useExplorer((x) => x.present);
  const sim = useSim(
    useShallow((x) => ({ running: x.running, progress: x.progress, etaMs: x.etaMs, error: x.error, stopReason: x.stopReason, current: x.current })),
  );
  const shown = shownResults(s, useSimPoints<AimSimPointResult>('aim'));
  const { status, detail } = simStatus(sim, shown.length);
  const algo = simAlgo(s);
  const isAmp = algo === 'amp';
  const listed = parseList(s.simAlphas, 16).values;
  const mem = aimSimMemory({ T: s.channel === 'hardmax' ? 2 : s.T, D: s.simD, rho: s.rho, alpha: Math.max(s.alpha, ...listed, 1e-3) });
  const start = (alphas: number[]) => {
    setState({ simAlphas: alphas.join(',') });
    void simStore.getState().run(
      'aim',
      alphas.map((a) => simRequest(s, a)),
    );
  };
  return (
    <PanelFrame label={SIDE_LABEL} head={<AimTabs />} status={status} detail={detail} statusTestId="side-status" data={simulationData(s, shown)}>
      {(width) => (
        <div className="sim">
          <SimControls />
          <p className={mem.allowed ? 'sim-memory' : 'sim-memory param-error'} data-testid="sim-memory">
            D = {mem.sizes.D}, r = {mem.sizes.r}, T = {mem.sizes.T}, n = {mem.sizes.n} samples: about {(mem.bytes / 2 ** 20).toFixed(1)} MiB per instance
            {mem.allowed ? '' : ' — too large for the browser; lower D or α'}
          </p>
          <SimActions allowed={mem.allowed} done={shown.length > 0} onRun={() => start(runAlphas(listed, s.alpha))} onSweep={() => start(sweepAlphas(s))} />
          <SimTrace
            trace={sim.current?.trace ?? []}
            isAmp={isAmp}
            xMax={isAmp ? s.simIter : s.simSteps}
            xLabel={isAmp ? 'iteration t' : 'optimiser step'}
            ariaLabel={isAmp ? 'GAMP-RIE error per iteration with its state evolution' : 'Gradient descent training loss and estimation error'}
            width={width}
            thick={present}
            caption={
              (isAmp
                ? 'Solid: empirical error (1/D)‖Ŝᵗ − S‖² of one run; dashed: state evolution from the same start.'
                : 'Solid: estimation error (1/D)‖Ŝ − S‖²; dashed: training loss Σ‖ŷ − y‖²/D.') +
              (sim.current ? ` ${traceCaption(sim.current, sim.running, sim.error !== null)}` : '')
            }
          />
          {algo === 'agd' && <AveragedVsK rows={shown} theoryName="MMSE" />}
          <SimResultsTable rows={shown} theoryLabel="theory MMSE" />
        </div>
      )}
    </PanelFrame>
  );
}
