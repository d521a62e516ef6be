import type { ComponentType } from 'react';
import { useExplorer } from '../../../state/useExplorer';
import type { AimPanel } from '../fields';
import { PhasePanel } from './PhasePanel';
import { SimPanel } from './SimPanel';
import { SpectrumPanel } from './SpectrumPanel';
import { TestErrorPanel } from './TestErrorPanel';

const PANELS: Record<AimPanel, ComponentType> = { spectrum: SpectrumPanel, phase: PhasePanel, test: TestErrorPanel, sim: SimPanel };

/** The second panel: one of four, chosen by tab (and so by the link); each owns its status and export. */
export function SidePanel() {
  const panel = useExplorer((s) => s.aimPanel);
  const Panel = PANELS[panel];
  return <Panel />;
}
