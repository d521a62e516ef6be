import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import type { PanelData } from '../../../ui/export';
import { PanelFrame } from '../../../ui/PanelFrame';
import { AveragedVsK, SimResultsTable, simColumns } from '../../../ui/sim/SimResults';
import { simStatus } from '../../../ui/sim/simStatus';
import { useSim } from '../../../ui/simStore';
import { LinkedLrStudy } from './LrStudy';
import { SIDE, SideTabs } from './SideTabs';
import { SimControls } from './SimControls';
import { SimRunBar } from './SimRunBar';
import { SimRunTrace } from './SimRunTrace';
import { useShownSims } from './useShownSims';

// The deep-attention view still imports these from here; they go once it imports them from src/ui/sim.

/** Simulations on seeded finite-size instances: settings, runs, the running trace and the results per α. */
export function SimPanel() {
  const shown = useShownSims();
  const sim = useSim(useShallow((x) => ({ running: x.running, progress: x.progress, etaMs: x.etaMs, error: x.error, stopReason: x.stopReason })));
  const p = useExplorer(
    useShallow((s) => ({ simAlgo: s.simAlgo, simD: s.simD, simSeeds: s.simSeeds, simSeed: s.simSeed, beta: s.beta, rho: s.rho, delta: s.delta })),
  );
  const { status, detail } = simStatus(sim, shown.length);
  const data: PanelData | null = shown.length
    ? {
        name: 'simulation',
        params: { algo: p.simAlgo, d: p.simD, seeds: p.simSeeds, firstSeed: p.simSeed, beta: p.beta, rho: p.rho, delta: p.delta },
        columns: simColumns(shown),
      }
    : null;
  return (
    <PanelFrame {...SIDE} head={<SideTabs />} status={status} detail={detail} data={data}>
      {(width) => (
        <div className="sim">
          <SimControls />
          <SimRunBar done={shown.length > 0} />
          <SimRunTrace width={width} />
          <LinkedLrStudy />
          {p.simAlgo === 'agd' && <AveragedVsK rows={shown} theoryName="E_BO" />}
          <SimResultsTable rows={shown} theoryLabel="theory E_BO" />
        </div>
      )}
    </PanelFrame>
  );
}
