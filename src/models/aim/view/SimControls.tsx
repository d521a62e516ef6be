import { useShallow } from 'zustand/react/shallow';
import type { ExplorerState } from '../../../state/schema';
import { setState, useExplorer } from '../../../state/useExplorer';
import { SimNumber } from '../../../ui/sim/SimNumber';
import { simAlgo } from './simRequest';

/** The run settings: algorithm, size and seeds, then the settings of the chosen algorithm. */
export function SimControls() {
  const s = useExplorer(useShallow((x) => ({ channel: x.channel, simAlgo: x.simAlgo, simOpt: x.simOpt })));
  const algo = simAlgo(s);
  const hard = s.channel === 'hardmax';
  return (
    <>
      <div className="sim-controls">
        <label className="sim-field">
          algorithm
          <select value={algo} onChange={(e) => setState({ simAlgo: e.target.value as ExplorerState['simAlgo'] })} data-testid="sim-algo">
            <option value="amp">GAMP-RIE (with state evolution)</option>
            {!hard && <option value="gd">gradient descent</option>}
            {!hard && <option value="agd">averaged gradient descent</option>}
          </select>
        </label>
        <SimNumber k="simD" label="D" />
        <SimNumber k="simSeeds" />
        <SimNumber k="simSeed" />
        {algo === 'amp' ? (
          <>
            <SimNumber k="simDamping" />
            <SimNumber k="simIter" />
          </>
        ) : (
          <>
            <label className="sim-field">
              optimiser
              <select value={s.simOpt} onChange={(e) => setState({ simOpt: e.target.value as ExplorerState['simOpt'] })}>
                <option value="adam">Adam (full batch)</option>
                <option value="gd">plain gradient descent</option>
              </select>
            </label>
            <SimNumber k="simLr" />
            <SimNumber k="simSteps" />
            {algo === 'agd' && <SimNumber k="simK" />}
          </>
        )}
      </div>
      {hard && s.simAlgo !== 'amp' && <p className="sim-memory">Gradient descent is implemented for the softmax channel; hardmax runs GAMP-RIE.</p>}
    </>
  );
}
