import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PanelStatus } from '../../../bridge/hooks';
import { setState, useExplorer } from '../../../state/useExplorer';
import type { PanelData } from '../../../ui/export';
import { PanelFrame } from '../../../ui/PanelFrame';
import { BsrPhaseMap } from './BsrPhaseMap';
import { SIDE, SideTabs } from './SideTabs';

/** E_BO over a plane of parameters, with a switch between the (α, ρ) and (α, β) planes; a click moves the sliders there. */
export function PhasePanel() {
  const s = useExplorer(useShallow((st) => ({ plane: st.plane, alpha: st.alpha, beta: st.beta, rho: st.rho, delta: st.delta, alphaMax: st.alphaMax })));
  // The map reports its progress as its rows arrive; the panel keeps it for its own badge and export row.
  const [status, setStatus] = useState<{ status: PanelStatus; detail: string }>({ status: 'computing', detail: '' });
  const [data, setData] = useState<PanelData | null>(null);
  const round = (v: number) => Number(v.toPrecision(3));
  return (
    <PanelFrame {...SIDE} head={<SideTabs />} status={status.status} detail={status.detail} data={data}>
      {(width) => (
        <>
          <div className="plane-switch">
            <label>
              <input type="radio" name="plane" checked={s.plane === 'alpha-rho'} onChange={() => setState({ plane: 'alpha-rho' })} /> over (α, ρ) at β ={' '}
              {s.beta}
            </label>
            <label>
              <input
                type="radio"
                name="plane"
                checked={s.plane === 'alpha-beta'}
                onChange={() => setState({ plane: 'alpha-beta' })}
                data-testid="plane-alpha-beta"
              />{' '}
              over (α, β) at ρ = {s.rho}
            </label>
          </div>
          <BsrPhaseMap
            {...s}
            width={width}
            onPick={(a, y) => setState({ alpha: round(a), ...(s.plane === 'alpha-rho' ? { rho: round(y) } : { beta: round(y) }) })}
            onStatus={(st, detail) => {
              setStatus({ status: st, detail });
              // A map being recomputed is not the one the export row would write.
              if (st !== 'ready') setData(null);
            }}
            onData={setData}
          />
        </>
      )}
    </PanelFrame>
  );
}
