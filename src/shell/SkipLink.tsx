/**
 * The first stop of the Tab key: jumps past the top bar and the preset lists to the first slider of the view
 * shown (every model's parameters live in an element of class `controls`), or to the view itself.
 */
export function SkipLink() {
  const skip = (e: React.MouseEvent) => {
    // Without a slider on screen the link's own target (the view) takes the focus.
    const slider = document.querySelector<HTMLElement>('.controls input[type=range]');
    if (!slider) return;
    e.preventDefault();
    slider.focus();
  };
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention (read as one, and its href to the view works without script); the click only takes the focus one step further, to the first slider
    <a className="skip-link" href="#view" onClick={skip}>
      Skip to the controls
    </a>
  );
}
