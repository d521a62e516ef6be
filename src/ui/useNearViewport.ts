import { useEffect, useState } from 'react';

/**
 * True once the element has come within `margin` of the viewport, and from then on. Where the browser has no
 * IntersectionObserver (a test's DOM), it is true at once.
 */
export function useNearViewport(el: Element | null, margin = '50%'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [el, near, margin]);
  return near;
}
