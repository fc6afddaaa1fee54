/**
 * Finds what makes a page wider than its viewport. Runs inside the page (passed to
 * page.evaluate), so it must be self-contained. An element counts when its box
 * sticks out of the viewport and no ancestor below <body> scrolls or clips it:
 * a wide diagram inside an `overflow-x: auto` box is fine, the same diagram
 * widening the page is not. Clipping the whole page (`overflow-x: hidden|clip`
 * on html or body) hides the symptom, so it is reported as a fault of its own.
 */
export interface OverflowReport {
  viewport: number;
  scrollWidth: number;
  /** `overflow-x` of html or body when it hides overflow. */
  clipped: string[];
  /** The element reaching furthest outside the viewport, as a short CSS-like path. */
  widest?: { element: string; left: number; right: number } | undefined;
}

export function findOverflow(): OverflowReport {
  const root = document.documentElement;
  const viewport = root.clientWidth;
  const clipped = [root, document.body]
    .map((el) => [el.tagName.toLowerCase(), getComputedStyle(el).overflowX] as const)
    .filter(([, value]) => value === 'hidden' || value === 'clip')
    .map(([tag, value]) => `${tag} { overflow-x: ${value} }`);

  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
      const id = node.id ? `#${node.id}` : '';
      const cls =
        typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/)[0]}` : '';
      parts.unshift(`${node.tagName.toLowerCase()}${id || cls}`);
    }
    return parts.join(' > ');
  };
  const contained = (el: Element): boolean => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== 'visible') return true;
    }
    return false;
  };

  let widest: OverflowReport['widest'];
  let worst = 0.5;
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const excess = Math.max(box.right - viewport, -box.left);
    if (excess <= worst) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.position === 'fixed') continue;
    if (contained(el)) continue;
    worst = excess;
    widest = { element: describe(el), left: Math.round(box.left), right: Math.round(box.right) };
  }
  return { viewport, scrollWidth: root.scrollWidth, clipped, widest };
}
