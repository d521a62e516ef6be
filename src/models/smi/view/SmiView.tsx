import type { ComponentType } from 'react';
import { setState, useExplorer } from '../../../state/useExplorer';
import { usePanelsShown } from '../../../ui/projector';
import { Tabs } from '../../../ui/Tabs';
import type { SmiPanel } from '../fields';
import { AmpPanel } from './AmpPanel';
import { GdPanel } from './GdPanel';
import { GenErrorPanel } from './GenErrorPanel';
import { SmiControls } from './SmiControls';
import { StaircasePanel } from './StaircasePanel';
import { SmiTheoryProvider } from './theory';
import { ThresholdsPanel } from './ThresholdsPanel';

const SMI_PANELS: Array<[SmiPanel, string]> = [
  ['thresholds', 'Thresholds vs c'],
  ['gen', 'Generalisation error'],
  ['amp', 'GAMP per layer'],
  ['gd', 'Gradient descent'],
];

const PANELS: Record<SmiPanel, ComponentType> = { thresholds: ThresholdsPanel, gen: GenErrorPanel, amp: AmpPanel, gd: GdPanel };

/**
 * Two or three layers of tied attention as a sequence multi-index model: per-layer overlaps against α = n/D
 * with the weak-recovery thresholds (the "grand staircase"), thresholds against the skip strength c, the
 * plug-in generalisation error, and GAMP and gradient-descent trajectories per layer.
 */
export function SmiView() {
  const shown = usePanelsShown();
  return (
    <SmiTheoryProvider>
      <main className="layout">
        {shown.controls && <SmiControls />}
        <div className="panels">
          {shown.main && <StaircasePanel />}
          {shown.side && <SidePanel />}
        </div>
      </main>
    </SmiTheoryProvider>
  );
}

/** The second panel: one of four, chosen by tab (and so by the link). */
function SidePanel() {
  const panel = useExplorer((s) => s.smiPanel);
  const Panel = PANELS[panel];
  return (
    <section className="panel" aria-label="Second panel">
      <div className="panel-head">
        <Tabs tabs={SMI_PANELS} value={panel} onChange={(id) => setState({ smiPanel: id })} testPrefix="smi-tab-" />
      </div>
      <Panel />
    </section>
  );
}
