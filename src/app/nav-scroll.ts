/**
 * The main menu where it is wider than the screen (a phone at 360 px, or larger text): it scrolls
 * sideways, and the menu says which way more items lie (`data-more-start` / `data-more-end`, drawn as a
 * fade in app.css), so that no screen is hidden behind the current one. The current item is brought into
 * view when the route or the language changes (a deep link to #/field opens with "Hiện trường" showing).
 */
import { useCallback, useEffect, useRef } from 'react';

/** Marks which ends of the menu have items scrolled out of view. */
function markOverflow(nav: HTMLElement): void {
  const moreStart = nav.scrollLeft > 1;
  const moreEnd = nav.scrollLeft + nav.clientWidth < nav.scrollWidth - 1;
  nav.toggleAttribute('data-more-start', moreStart);
  nav.toggleAttribute('data-more-end', moreEnd);
}

/** Scrolls the menu (and only the menu) so that its current item is wholly in view. */
function revealCurrent(nav: HTMLElement): void {
  const current = nav.querySelector<HTMLElement>('[aria-current="page"]');
  if (!current) return;
  const left = current.offsetLeft - nav.offsetLeft;
  const right = left + current.offsetWidth;
  if (left < nav.scrollLeft) nav.scrollLeft = left;
  else if (right > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = right - nav.clientWidth;
}

/** A ref for the menu element; `revealKey` changes when the current item or its labels change. */
export function useNavScroll(revealKey: string): (nav: HTMLElement | null) => void {
  const navRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const nav = navRef.current;
    if (!nav) return;
    revealCurrent(nav);
    markOverflow(nav);
  }, [revealKey]);
  return useCallback((nav: HTMLElement | null) => {
    navRef.current = nav;
    if (!nav) return undefined;
    const update = () => markOverflow(nav);
    nav.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(nav);
    update();
    // React 19 calls a ref's returned function when the element goes.
    return () => { nav.removeEventListener('scroll', update); observer?.disconnect(); };
  }, []);
}
