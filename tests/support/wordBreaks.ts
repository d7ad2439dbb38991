import type { Locator } from '@playwright/test';

/**
 * Words under `root` that the browser broke across two lines anywhere but at a soft hyphen (shown
 * as "-" at the line's end) or after a hyphen, dash or slash of their own, as "ontwikkelingsmogelijkhed|en".
 * Each word's characters are measured with a Range: where the line changes inside a word, it broke.
 */
export async function wordsBrokenWithoutHyphen(root: Locator): Promise<string[]> {
  return root.evaluate(findBrokenWords);
}

function findBrokenWords(root: Element): string[] {
  const SOFT_HYPHEN = '\u00ad';
  const breaksAfter = /[-\u2010\u2011\u2013\u2014/]/;
  const broken: string[] = [];
  const range = document.createRange();
  const lineOf = (node: Text, offset: number) => {
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    return rects.length === 0 ? null : rects[rects.length - 1]!.top;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (const match of text.matchAll(/\S+/g)) {
      const start = match.index;
      const word = match[0];
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      if (range.getClientRects().length < 2) continue;
      let lastTop: number | null = null;
      let lastIndex = -1;
      for (let i = 0; i < word.length; i += 1) {
        if (word[i] === SOFT_HYPHEN) continue;
        const top = lineOf(node, start + i);
        if (top === null) continue;
        if (lastTop !== null && Math.abs(top - lastTop) > 1) {
          const between = word.slice(lastIndex, i);
          if (!between.includes(SOFT_HYPHEN) && !breaksAfter.test(word[lastIndex]!)) {
            const plain = (part: string) => part.replaceAll(SOFT_HYPHEN, '');
            broken.push(`${plain(word.slice(0, lastIndex + 1))}|${plain(word.slice(lastIndex + 1))}`);
          }
        }
        lastTop = top;
        lastIndex = i;
      }
    }
  }
  return broken;
}
