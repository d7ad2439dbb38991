import type { Locator } from '@playwright/test';

/** A box on the screen, in CSS pixels of the viewport. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What does not fit among the boxes matched by `selector` inside `root`, one line per problem (empty when
 * everything fits): a box whose content is wider than the box (scrollWidth > clientWidth, for the box and
 * everything in it but fields and scrolling boxes, whose content may be wider), a box sticking out of `root` sideways, and visible text that comes closer than `inset`
 * pixels to its box's left or right edge or sits outside it. Text hidden for sighted users
 * (`.visually-hidden`, a box of a pixel or less) is not looked at.
 */
export function layoutProblems(root: Locator, selector: string, inset = 2): Promise<string[]> {
  return root.evaluate(
    (rootElement, [selector, inset]) => {
      const name = (element: Element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
      const outer = rootElement.getBoundingClientRect();
      const problems: string[] = [];
      for (const box of rootElement.querySelectorAll<HTMLElement>(selector)) {
        const rect = box.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue;
        for (const part of [box, ...box.querySelectorAll<HTMLElement>('*')]) {
          if (part.getBoundingClientRect().width <= 1) continue;
          if (part.matches('input, textarea') || ['auto', 'scroll'].includes(getComputedStyle(part).overflowX)) continue;
          if (part.scrollWidth > part.clientWidth + 0.5)
            problems.push(`${name(box)}: ${name(part)} holds ${part.scrollWidth} px in ${part.clientWidth} px`);
        }
        if (rect.left < outer.left - 0.5 || rect.right > outer.right + 0.5)
          problems.push(
            `${name(box)}: sticks out of its container (${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(outer.left)}–${Math.round(outer.right)})`,
          );
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!node.textContent?.trim() || !parent || parent.getBoundingClientRect().width <= 1) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const line of range.getClientRects()) {
            if (line.width === 0) continue;
            if (line.left < rect.left + inset - 0.5 || line.right > rect.right - inset + 0.5)
              problems.push(
                `${name(box)}: text “${node.textContent.trim().slice(0, 30)}” at ${Math.round(line.left)}–${Math.round(line.right)} in a box at ${Math.round(rect.left)}–${Math.round(rect.right)}`,
              );
          }
        }
      }
      return problems;
    },
    [selector, inset] as const,
  );
}

/** Pairs of the given boxes that overlap by more than half a pixel, named by their index in the list. */
export function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, offset) => {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 0.5 && down > 0.5) found.push(`${i} and ${i + 1 + offset}`);
    }),
  );
  return found;
}

/** The boxes of everything the locator matches, as the screen lays them out now. */
export function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}
