import { useShallow } from 'zustand/react/shallow';
import type { ExplorerState } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { SimNumber } from '../../../ui/sim/SimNumber';

/** The run settings: algorithm, size and seeds, then the settings of the chosen algorithm. */
export function SimControls() {
  const { simAlgo, simIter, simInit } = useExplorer(useShallow((s) => ({ simAlgo: s.simAlgo, simIter: s.simIter, simInit: s.simInit })));
  return (
    <div className="sim-controls">
      <label className="sim-field">
        algorithm
        <select value={simAlgo} onChange={(e) => setState({ simAlgo: e.target.value as ExplorerState['simAlgo'] })} data-testid="sim-algo">
          <option value="amp">GAMP-RIE (with state evolution)</option>
          <option value="gd">gradient descent</option>
          <option value="agd">averaged gradient descent</option>
          <option value="mnne">minimal nuclear norm (ADMM, small d)</option>
        </select>
      </label>
      <SimNumber k="simD" />
      <SimNumber k="simSeeds" />
      <SimNumber k="simSeed" />
      {simAlgo === 'amp' ? (
        <>
          <SimNumber k="simDamping" />
          <SimNumber k="simIter" />
        </>
      ) : simAlgo === 'mnne' ? (
        <span className="sim-memory">budget: 50 × {simIter} ADMM iterations (set by “iterations”)</span>
      ) : (
        <>
          <SimNumber k="simLr" />
          <SimNumber k="simSteps" />
          <label className="sim-field">
            initialisation
            <select value={simInit} onChange={(e) => setState({ simInit: e.target.value as ExplorerState['simInit'] })}>
              <option value="prior">from the prior</option>
              <option value="small">small norm (σ = 10⁻⁴)</option>
            </select>
          </label>
          {simAlgo === 'agd' && <SimNumber k="simK" />}
        </>
      )}
    </div>
  );
}
