import type { ReactNode } from 'react';
import type { PanelStatus } from '../bridge/hooks';
import type { PanelData } from './export';
import { Figure } from './Figure';
import { StatusBadge } from './StatusBadge';

interface Props {
  /** Accessible name of the panel. */
  label: string;
  /** Left part of the head: a title or tabs. */
  head: ReactNode;
  status: PanelStatus;
  /** Short detail after the status (timing, progress, the error in words). */
  detail: string;
  statusTestId: string;
  /** What the export buttons write: exactly the data the figure plots (null: nothing to export yet). */
  data: PanelData | null;
  /** The figure, drawn at the width the panel has. */
  children: (width: number) => ReactNode;
  /** Legend, readout and notes below the figure. */
  footer?: ReactNode;
}

/**
 * One panel: head with its own status badge, the figure at the panel's width, what goes below it and the
 * export row. A panel owns its status and its export data; nothing is pushed up to a parent.
 */
export function PanelFrame({ label, head, status, detail, statusTestId, data, children, footer }: Props) {
  return (
    <section className="panel" aria-label={label}>
      <div className="panel-head">
        {head}
        <StatusBadge status={status} detail={detail} testId={statusTestId} />
      </div>
      <Figure data={data} below={footer}>
        {children}
      </Figure>
    </section>
  );
}
