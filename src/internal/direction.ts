// Right-to-left layouts mirror the horizontal arrow keys: Right always moves to the visual right
// (the WAI-ARIA APG), which is backwards in reading order there.
export function logicalKey(key: string, element: Element): string {
  if ((key !== 'ArrowLeft' && key !== 'ArrowRight') || !isRtl(element)) return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
}

/** The element's directionality (from `dir`, inherited across shadow roots), whatever its CSS `direction`. */
function isRtl(element: Element): boolean {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(element).direction === 'rtl'; // browsers without :dir()
  }
}
