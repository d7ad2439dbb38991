import type { Locator } from '@playwright/test';

/** What `layoutProblems` checks under a root element. */
export interface LayoutCheck {
  /** CSS selector, within the root, of the cards: boxes whose parts must stay apart and inside. */
  cards: string;
  /** CSS selector, within the root, of boxes no card may touch (column headers, a page header). */
  apart?: string;
}

/**
 * Everything wrong with how a laid-out screen fits together, as sentences (an empty list when all
 * fits), for `expect(await layoutProblems(…)).toEqual([])`:
 * - two parts of a card overlap (any two visible elements in a card where neither holds the other);
 * - a part of a card sticks out of the card;
 * - two cards overlap, or a card touches one of the `apart` boxes;
 * - a card, or any text under the root, is cut off by an ancestor that clips (overflow other than
 *   visible), the root included; the root itself scrolls;
 * - text overflows its box: scrollWidth or scrollHeight past clientWidth or clientHeight (+1 px),
 *   checked on every element under the root that holds text and has a box of its own.
 * Elements of 1 px or less (visually hidden labels) are left out.
 */
export async function layoutProblems(root: Locator, check: LayoutCheck): Promise<string[]> {
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
