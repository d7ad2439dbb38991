/**
 * Layout checks for end-to-end specs, each a list of sentences (empty when all fits): `textFitProblems`
 * for labels and text in their boxes, `cardLayoutProblems` for cards whose parts must stay apart and
 * uncut (the plate, the projector), `overlaps` and `boxesOf` for boxes the spec picks itself.
 */
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
export function textFitProblems(root: Locator, selector: string, inset = 2): Promise<string[]> {
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

/** What `cardLayoutProblems` checks under a root element. */
export interface LayoutCheck {
  /** CSS selector, within the root, of the cards: boxes whose parts must stay apart and inside. */
  cards: string;
  /** CSS selector, within the root, of boxes no card may touch (column headers, a page header). */
  apart?: string;
}

/**
 * Everything wrong with how a laid-out screen fits together, as sentences (an empty list when all
 * fits), for `expect(await cardLayoutProblems(…)).toEqual([])`:
 * - two parts of a card overlap (any two visible elements in a card where neither holds the other);
 * - a part of a card sticks out of the card;
 * - two cards overlap, or a card touches one of the `apart` boxes;
 * - a card, or any text under the root, is cut off by an ancestor that clips (overflow other than
 *   visible), the root included; the root itself scrolls;
 * - text overflows its box: scrollWidth or scrollHeight past clientWidth or clientHeight (+1 px),
 *   checked on every element under the root that holds text and has a box of its own.
 * Elements of 1 px or less (visually hidden labels) are left out.
 */
export async function cardLayoutProblems(root: Locator, check: LayoutCheck): Promise<string[]> {
  return root.evaluate(findProblems, check);
}

function findProblems(root: Element, { cards, apart }: LayoutCheck): string[] {
  const problems: string[] = [];
  const slack = 0.5;
  const name = (element: Element) => {
    const text = (element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\u00ad/g, '')
      .trim();
    return `<${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}> "${text.slice(0, 40)}"`;
  };
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.display !== 'contents';
  };
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
  const inside = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - slack &&
    inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack &&
    inner.bottom <= outer.bottom + slack;
  /** The part of an element's box that shows: its padding box, not its border. */
  const clientBox = (element: Element) => {
    const box = element.getBoundingClientRect();
    const left = box.left + element.clientLeft;
    const top = box.top + element.clientTop;
    return new DOMRect(left, top, element.clientWidth, element.clientHeight);
  };
  const clippers = (element: Element) => {
    const found: Element[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (getComputedStyle(node).overflow !== 'visible') found.push(node);
      if (node === root) break;
    }
    return found;
  };

  if (root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the root scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`);
  }

  const cardElements = [...root.querySelectorAll(cards)].filter(visible);
  const apartElements = apart ? [...root.querySelectorAll(apart)].filter(visible) : [];
  cardElements.forEach((card, index) => {
    const cardBox = card.getBoundingClientRect();
    for (const other of cardElements.slice(index + 1)) {
      if (overlap(cardBox, other.getBoundingClientRect())) problems.push(`cards overlap: ${name(card)} and ${name(other)}`);
    }
    for (const other of apartElements) {
      if (overlap(cardBox, other.getBoundingClientRect())) problems.push(`${name(card)} touches ${name(other)}`);
    }
    for (const clipper of clippers(card)) {
      if (!inside(cardBox, clientBox(clipper))) problems.push(`${name(card)} is cut off by ${name(clipper)}`);
    }
    const parts = [...card.querySelectorAll('*')].filter(visible);
    parts.forEach((part, partIndex) => {
      const box = part.getBoundingClientRect();
      if (!inside(box, cardBox)) problems.push(`${name(part)} sticks out of ${name(card)}`);
      for (const other of parts.slice(partIndex + 1)) {
        if (part.contains(other) || other.contains(part)) continue;
        if (overlap(box, other.getBoundingClientRect())) problems.push(`${name(part)} overlaps ${name(other)} in ${name(card)}`);
      }
    });
  });

  for (const element of [root, ...root.querySelectorAll('*')]) {
    const holdsText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    if (!holdsText || !visible(element)) continue;
    for (const clipper of clippers(element)) {
      if (!inside(element.getBoundingClientRect(), clientBox(clipper))) problems.push(`${name(element)} is cut off by ${name(clipper)}`);
    }
    if (getComputedStyle(element).display === 'inline') continue;
    if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
      problems.push(
        `text overflows ${name(element)}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
      );
    }
  }
  return problems;
}
