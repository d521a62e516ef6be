import { useShallow } from 'zustand/react/shallow';
import { parseList } from '../../../state/schema';
import { explorerStore, setState, useExplorer } from '../../../state/useExplorer';
import { runAlphas } from '../../../ui/sim/panel';
import { SimActions } from '../../../ui/sim/SimActions';
import { simStore, useSim } from '../../../ui/simStore';
import { simMemory } from '../sim/size';
import { DEFAULT_ETAS, lrStudyRequests, simRequest, sweepAlphas } from './simRequests';

/** Runs the given α values with the settings at the time of the click, and lists them in the link. */
function start(alphas: number[]) {
  setState({ simAlphas: alphas.join(',') });
  const st = explorerStore.getState();
  void simStore.getState().run(
    'bsr',
    alphas.map((a) => simRequest(st, a)),
  );
}

/** Every η with a small and a prior initialisation at the cursor; the default η when the link names none. */
function startLrStudy() {
  const st = explorerStore.getState();
  const simEtas = st.simEtas || DEFAULT_ETAS;
  setState({ simEtas });
  void simStore.getState().run('bsr', lrStudyRequests({ ...st, simEtas }));
}

/** The memory a run needs, and the buttons that start, sweep, cancel and clear runs. */
export function SimRunBar({ done }: { done: boolean }) {
  const s = useExplorer(useShallow((st) => ({ alpha: st.alpha, simD: st.simD, beta: st.beta, rho: st.rho, simAlphas: st.simAlphas, simAlgo: st.simAlgo })));
  const running = useSim((x) => x.running);
  const listed = parseList(s.simAlphas, 16).values;
  const mem = simMemory({ d: s.simD, beta: s.beta, rho: s.rho, alpha: Math.max(s.alpha, ...listed, 1e-3) });
  return (
    <>
      <p className={mem.allowed ? 'sim-memory' : 'sim-memory param-error'} data-testid="sim-memory">
        L = {mem.sizes.L}, r = {mem.sizes.r}, n = {mem.sizes.n} samples: about {(mem.bytes / 2 ** 20).toFixed(1)} MiB of data per instance
        {mem.allowed ? '' : ' — too large for the browser; lower d or α'}
      </p>
      <SimActions
        allowed={mem.allowed}
        done={done}
        onRun={() => start(runAlphas(listed, s.alpha))}
        onSweep={() => start(sweepAlphas(explorerStore.getState()))}
      >
        {s.simAlgo === 'gd' && (
          <button
            disabled={!mem.allowed || running}
            title="Every η with a small and a prior initialisation, at the current α"
            onClick={startLrStudy}
            data-testid="sim-lr-study"
          >
            Learning-rate study
          </button>
        )}
      </SimActions>
    </>
  );
}
