import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { histogram } from '../../../numeric/histogram';
import { useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { PanelFrame } from '../../../ui/PanelFrame';
import { COLORS } from '../../../ui/palette';
import { useSimPoints } from '../../../ui/simStore';
import { useDraft } from '../../../ui/useDraft';
import type { AimSimPointResult } from '../simPoint';
import { aimClient } from './client';
import { useAimCurves } from './curves';
import { spectrumData } from './panelData';
import { spectrumRequest } from './readout';
import { AimTabs, SIDE_LABEL } from './AimTabs';
import { lastAmpAt } from './simRequest';

/**
 * Eigenvalue density of the denoising problem at the fixed point, beside the eigenvalues of the last GAMP-RIE
 * run at exactly this point. Hardmax needs the error at the cursor: the spectrum is that of the curve on screen.
 */
export function SpectrumPanel() {
  const { axes, inputs, shown } = useAimCurves();
  const { alpha, present } = useExplorer(useShallow((s) => ({ alpha: s.alpha, present: s.present })));
  const req = spectrumRequest(shown, inputs, alpha);
  const key = JSON.stringify(req);
  // While ρ moves the panel keeps its last spectrum (shown as updating) and computes once ρ rests, leaving the
  // cores to the main curve, as the BSR panels do.
  const moving = useDraft(String(axes.rho));
  const sp = useQuery(() => (req ? aimClient.call('spectrum', req).then((res) => ({ req, res })) : Promise.resolve(null)), key, undefined, moving);
  const spd = sp.data?.res ?? null;
  const lastAmp = lastAmpAt(useSimPoints<AimSimPointResult>('aim'), { channel: axes.hard ? 'hardmax' : 'softmax', T: axes.T, rho: axes.rho, alpha });
  const hist = lastAmp?.eigenvalues.length ? histogram(lastAmp.eigenvalues, 30, true) : null;
  // A spectrum of the previous ρ (hardmax, while its curve computes) is shown as stale.
  const status = !req ? 'computing' : sp.status === 'ready' && req.rho !== axes.rho ? 'stale' : sp.status;
  const detail =
    spd?.status === 'converged'
      ? `Δ = 1/q̂ = ${spd.delta.toPrecision(4)}, ${spd.bands.length} band${spd.bands.length === 1 ? '' : 's'}`
      : spd
        ? 'perfect recovery: nothing left to denoise'
        : '';
  return (
    <PanelFrame
      label={SIDE_LABEL}
      head={<AimTabs />}
      status={status}
      detail={detail}
      statusTestId="side-status"
      data={sp.data ? spectrumData(sp.data.req, spd) : null}
    >
      {(width) => (
        <>
          <h3 className="panel-sub">
            Eigenvalue density of the denoising problem at the fixed point
            {lastAmp && hist
              ? ` · histogram: the last GAMP-RIE run at α = ${alpha} (D = ${lastAmp.request.D}, its final Δ = ${lastAmp.delta.toPrecision(3)})`
              : ''}
          </h3>
          <LinePlot
            testId="aim-spectrum-plot"
            ariaLabel="Eigenvalue density of (√ρ·Marchenko–Pastur) ⊞ semicircle at the fixed point"
            series={[
              ...(hist ? [{ key: 'histogram', x: hist.x, y: hist.y, color: COLORS.sim, width: 1.2 }] : []),
              ...(spd && spd.status === 'converged' ? [{ key: 'density', x: spd.s, y: spd.density, color: COLORS.bo }] : []),
            ]}
            vlines={(spd?.bands ?? []).flatMap((b, i) => [
              { key: `lo${i}`, x: b.lo, color: COLORS.pr, dash: '4 3' },
              { key: `hi${i}`, x: b.hi, color: COLORS.pr, dash: '4 3' },
            ])}
            xDomain={spd && spd.s.length ? [spd.s[0], spd.s[spd.s.length - 1]] : [-1, 4]}
            yDomain={[0, Math.max(spd && spd.density.length ? Math.max(...spd.density) : 0.5, hist ? Math.max(...hist.y) : 0) * 1.1]}
            xLabel="eigenvalue of S + √Δ Z"
            yLabel="density"
            width={width}
            height={Math.round(Math.min(width * 0.5, 360))}
            thick={present}
          />
        </>
      )}
    </PanelFrame>
  );
}
