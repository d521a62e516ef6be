/**
 * True while the build renders the home view to HTML (render.tsx). That HTML is shown while the page's code is still
 * loading, when nothing on it responds yet, so the panels' badges say so instead of a state of a live page.
 */
export let prerendering = false;

export function setPrerendering(on: boolean): void {
  prerendering = on;
}
