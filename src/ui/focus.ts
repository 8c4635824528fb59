// Giving the focus back to the page (Esc on a menu or panel), so the page's shortcuts work
// again: Space plays and pauses instead of pressing the node or button that had the focus.

export function returnFocusToPage(): void {
  const el = document.activeElement;
  // A node on the ring is an SVG element (focusable through tabIndex), not an HTMLElement.
  if (el instanceof HTMLElement || el instanceof SVGElement) el.blur();
}
