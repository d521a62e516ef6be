/**
 * The page's only inline script, written into the built index.html after the prerendered view (vite.config.ts):
 * when the page is opened at the link that view was rendered for, it puts the view's HTML into the root before the
 * first paint, so the curve is on screen while the page's code is still loading; at any other link, or in a window
 * whose width would scale its plot well away from the size it was drawn at, it does nothing and the page starts
 * empty as before. The view is inert (nothing in it responds) until the code replaces
 * it with the live one (main.tsx). It is inlined as source text, so it imports nothing and names no outer variable.
 */
export function showFirstView(): void {
  // The view's HTML is the text of a data block, not markup, so that other links do not pay for parsing it.
  const t = document.getElementById('first-view');
  const root = document.getElementById('root');
  if (!t || !root) return;
  const links: string[] = JSON.parse(t.getAttribute('data-links') || '[]');
  if (links.indexOf(location.hash) < 0) return;
  const view = document.createElement('div');
  view.setAttribute('data-first-view', '');
  view.setAttribute('inert', '');
  view.setAttribute('aria-busy', 'true');
  view.innerHTML = t.textContent || '';
  const before = Array.from(root.childNodes);
  root.replaceChildren(view);
  // Its plot was drawn for a box of one width (its viewBox) and is scaled to the box it has here: shown only where
  // its type is drawn at 85–135% of its true size (a desktop window), not shrunk to a phone's width.
  const plot = view.querySelector('.plot-box svg');
  const drawn = plot ? Number((plot.getAttribute('viewBox') || '').split(' ')[2]) : 0;
  const scale = plot ? plot.getBoundingClientRect().width / drawn : 0;
  if (!(scale > 0.85 && scale < 1.35)) root.replaceChildren(...before);
}
