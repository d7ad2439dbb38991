import { mkdirSync } from 'node:fs';
import { tool } from './files';

/** A4 in points, and the plan's printed area: 18 mm from the top, 22 mm from the bottom (the footer below). */
const MM = 72 / 25.4;
const contentTop = 18 * MM;
const contentBottom = (297 - 22) * MM;
/** Below this the footer's rule and text: not content. */
const footerTop = 280 * MM;

export interface PdfPage {
  number: number;
  /** The page's text with its layout (`pdftotext -layout -f N -l N`). */
  text: string;
  /** The first line of text, words joined by one space. */
  firstLine: string;
  /** How far down the printed area the lowest line of content reaches: 0 nothing, 1 down to the bottom margin. */
  fill: number;
}

interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

/** Every page of a PDF with its text, its first line and how full it is, measured with poppler's tools. */
export function pdfPages(path: string): PdfPage[] {
  const html = tool('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((markup, index) => {
      const words: Word[] = [...markup.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map((match) => ({ yMin: Number(match[1]), yMax: Number(match[2]), text: match[3]! }))
        .filter((word) => word.yMin < footerTop);
      const top = Math.min(...words.map((word) => word.yMin));
      const lowest = Math.max(contentTop, ...words.map((word) => word.yMax));
      const number = index + 1;
      return {
        number,
        text: tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(number), '-l', String(number), path, '-']),
        firstLine: words
          .filter((word) => word.yMin < top + 2)
          .map((word) => word.text)
          .join(' '),
        fill: (lowest - contentTop) / (contentBottom - contentTop),
      };
    });
}

/** Pictures of the first pages, for a person to look at: `test-results/screens/<name>-1.png` and on. */
export function picturePages(path: string, name: string, last = 3): void {
  mkdirSync('test-results/screens', { recursive: true });
  tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(last), path, `test-results/screens/${name}`]);
}
