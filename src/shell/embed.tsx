import { explorerStore } from '../state/useExplorer';
import { hashOf, pickState } from '../state/store';

/** The address of the current view, as a full page (embed off) or as one panel alone. */
export function viewUrl(embed: 'none' | 'main' | 'side'): string {
  return location.href.split('#')[0] + hashOf({ ...pickState(explorerStore.getState()), embed });
}

/** The iframe a course page or a slide pastes to show the current view's main panel, live. */
export function embedCode(title: string): string {
  const src = viewUrl('main').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="Tokenphase: ${title}" width="820" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** Inside an embed: the only chrome, a link to the same view as a full page. */
export function EmbedFooter() {
  return (
    <footer className="embed-footer">
      <a href={viewUrl('none')} target="_blank" rel="noopener" data-testid="embed-open">
        Open in Tokenphase ↗
      </a>
    </footer>
  );
}
