import { useExplorer } from '../../../state/useExplorer';
import { LandscapePanel } from './LandscapePanel';
import { PhasePanel } from './PhasePanel';
import { SimPanel } from './SimPanel';
import { SpectrumPanel } from './SpectrumPanel';
import { StrongPanel } from './StrongPanel';

/** The second panel beside the error curve, chosen by its tabs (each panel draws them in its head). */
export function SidePanel() {
  const panel = useExplorer((s) => s.panel);
  switch (panel) {
    case 'phase':
      return <PhasePanel />;
    case 'spectrum':
      return <SpectrumPanel />;
    case 'landscape':
      return <LandscapePanel />;
    case 'strong':
      return <StrongPanel />;
    case 'sim':
      return <SimPanel />;
  }
}
