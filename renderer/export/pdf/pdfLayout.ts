import type { jsPDF } from 'jspdf';
import { __createTable, autoTable, type CellHookData, type Styles, type UserOptions } from 'jspdf-autotable';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../../shared/text/hyphenate';
import { FONT_FAMILY } from './fonts';
import type { PdfTexts } from './pdfTexts';

/** Millimetres per typographic point: the document measures in mm, type in pt. */
export const PT = 25.4 / 72;

/** A4 portrait; the bottom margin leaves room for the footer every page carries. */
export const page = { width: 210, height: 297, left: 18, right: 18, top: 18, bottom: 22, footer: 287 } as const;
export const contentWidth = page.width - page.left - page.right;
const contentBottom = page.height - page.bottom;

/** Text colours (≥ 6.4:1 on white, `band` and `alertTint`), rules, backgrounds and the one warning colour. */
export const ink = {
  text: '#111827',
  muted: '#4B5563',
  rule: '#D1D5DB',
  band: '#F3F4F6',
  alert: '#991B1B',
  alertTint: '#FCE8E6',
} as const;

/** Noto Sans' ascender and descender, in em: where a line's baseline sits within its line box. */
const ASCENT = 1.069;
const DESCENT = 0.293;

export interface TextStyle {
  /** Points. */
  size: number;
  bold?: boolean;
  colour?: string;
  /** Line height as a multiple of the size. */
  leading?: number;
}

export const styles = {
  title: { size: 24, bold: true, leading: 1.2 },
  h1: { size: 17, bold: true, leading: 1.25 },
  h2: { size: 12.5, bold: true, leading: 1.3 },
  h3: { size: 10, bold: true, leading: 1.3 },
  body: { size: 9.5 },
  small: { size: 8, colour: ink.muted },
} satisfies Record<string, TextStyle>;

/** Table defaults: the embedded font everywhere (autotable would otherwise fall back to Helvetica). */
const tableStyles: Partial<Styles> = {
  font: FONT_FAMILY,
  fontStyle: 'normal',
  fontSize: 8.5,
  textColor: ink.text,
  lineColor: ink.rule,
  lineWidth: 0.2,
  cellPadding: { top: 1.4, bottom: 1.4, left: 1.8, right: 1.8 },
  overflow: 'linebreak',
  valign: 'top',
};

export type TableOptions = UserOptions & {
  /** Space below the table, mm. */
  after?: number;
};

/**
 * A cursor down the pages: text that wraps and breaks between lines, headings kept with what follows,
 * tables through autotable with the same font and margins. Every text passes `clean` first.
 */
export class PdfWriter {
  y: number = page.top;

  constructor(
    readonly doc: jsPDF,
    readonly texts: PdfTexts,
    readonly clean: (text: string) => string,
  ) {}

  get t(): PdfTexts['t'] {
    return this.texts.t;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = page.top;
  }

  /** Starts a new page unless `height` mm still fit above the footer. */
  ensureSpace(height: number): void {
    if (this.y + height > contentBottom) this.newPage();
  }

  space(height: number): void {
    this.y += height;
  }

  use(style: TextStyle): void {
    this.doc.setFont(FONT_FAMILY, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(style.colour ?? ink.text);
  }

  lineHeight(style: TextStyle): number {
    return style.size * PT * (style.leading ?? 1.35);
  }

  /** Distance from the top of a line box to the baseline. */
  baseline(style: TextStyle): number {
    const size = style.size * PT;
    return (this.lineHeight(style) - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
  }

  /** The text cleaned and wrapped to `width` mm in `style`. */
  lines(text: string, width: number, style: TextStyle): string[] {
    this.use(style);
    return this.wrap(this.clean(text), width);
  }

  /**
   * Wraps text to `width` mm in the current font: at spaces, and a word too long for any line (a
   * Dutch compound in a narrow cell) across lines with a hyphen, at the syllables of the language's
   * hyphenation patterns (jsPDF would cut it silently, and knows no soft hyphens).
   */
  wrap(text: string, width: number): string[] {
    const measure = (part: string) => this.doc.getTextWidth(part);
    const space = measure(' ');
    const hyphen = measure('-');
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        const wordWidth = measure(word);
        if (line !== '' && lineWidth + space + wordWidth <= width) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== '') lines.push(line);
        let rest = wordWidth > width ? this.texts.hyphenate(word) : word;
        let restWidth = wordWidth;
        while (restWidth > width && rest.length > 1) {
          const cut = hyphenationBreak(rest, width - hyphen, measure) ?? longestFitting(rest, width - hyphen, measure);
          lines.push(`${withoutSoftHyphens(rest.slice(0, cut))}-`);
          rest = rest.slice(cut);
          restWidth = measure(withoutSoftHyphens(rest));
        }
        line = withoutSoftHyphens(rest);
        lineWidth = restWidth;
      }
      lines.push(line);
    }
    return lines;
  }

  /** Lines cut to at most `max`, the last one ending in "…" when text was left out. */
  clipped(text: string, width: number, style: TextStyle, max: number): string[] {
    const all = this.lines(text, width, style);
    if (all.length <= max) return all;
    const kept = all.slice(0, max);
    let last = `${kept[max - 1]!.trimEnd()}…`;
    while (last.length > 1 && this.doc.getTextWidth(last) > width) last = `${last.slice(0, -2).trimEnd()}…`;
    kept[max - 1] = last;
    return kept;
  }

  /** Writes `text` wrapped from the cursor down, moving to a new page between lines when needed. */
  paragraph(text: string, style: TextStyle, options: { x?: number; width?: number; after?: number } = {}): void {
    const x = options.x ?? page.left;
    const lines = this.lines(text, options.width ?? contentWidth - (x - page.left), style);
    this.writeLines(lines, x, style);
    this.y += options.after ?? 2;
  }

  writeLines(lines: readonly string[], x: number, style: TextStyle): void {
    const height = this.lineHeight(style);
    for (const line of lines) {
      this.ensureSpace(height);
      this.use(style);
      this.doc.text(line, x, this.y + this.baseline(style));
      this.y += height;
    }
  }

  /** A heading that never ends a page: it moves on when `keepWith` mm of what follows would not fit under it. */
  heading(text: string, style: TextStyle, keepWith = 18, options: { after?: number; x?: number } = {}): void {
    const x = options.x ?? page.left;
    const lines = this.lines(text, contentWidth - (x - page.left), style);
    this.ensureSpace(lines.length * this.lineHeight(style) + keepWith);
    this.writeLines(lines, x, style);
    this.y += options.after ?? 1.5;
  }

  /** An autotable at the cursor, repeating its head on every page; the cursor moves below it. */
  table(options: TableOptions): void {
    autoTable(this.doc, this.tableSettings(options));
    const finalY = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
    this.y = (finalY ?? this.y) + (options.after ?? 5);
  }

  /** Autotable's line breaking, done by `wrap` (with the cell's font already set). */
  private readonly overflow = (text: string | string[], width: number): string[] =>
    (Array.isArray(text) ? text : [text]).flatMap((line) => this.wrap(line, width + 0.01));

  /** How tall `table` would be, head included, measured without drawing anything. */
  tableHeight(options: TableOptions): number {
    const table = __createTable(this.doc, this.tableSettings(options));
    return table.getHeadHeight(table.columns) + table.body.reduce((sum, row) => sum + row.height, 0);
  }

  /** What of `table` must fit under its heading so that the heading never ends a page: head and first row, at most 40 % of a page (moving it on leaves no page more than half empty). */
  tableStart(options: TableOptions): number {
    const first = this.tableHeight({ ...options, body: (options.body ?? []).slice(0, 1) });
    return Math.min(first, (contentBottom - page.top) * 0.4) + 1;
  }

  private tableSettings(options: TableOptions): UserOptions {
    const { after: _after, didParseCell, ...rest } = options;
    return {
      theme: 'grid',
      // A row moves to the next page whole; only a row taller than a page is split.
      rowPageBreak: 'avoid',
      showHead: 'everyPage',
      ...rest,
      startY: this.y,
      margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
      styles: { ...tableStyles, overflow: this.overflow, ...rest.styles },
      headStyles: { fontStyle: 'bold', fillColor: ink.band, textColor: ink.text, ...rest.headStyles },
      didParseCell: (data: CellHookData) => {
        data.cell.text = data.cell.text.map(this.clean);
        didParseCell?.(data);
      },
    };
  }

  /** An entry in the PDF's outline (bookmarks) pointing at the current page. */
  bookmark(title: string): void {
    this.doc.outline.add(null, this.clean(title), { pageNumber: this.doc.getCurrentPageInfo().pageNumber });
  }

  /** Fills a rectangle in an `#rrggbb` colour, optionally with a thin outline. */
  box(x: number, y: number, width: number, height: number, fill: string, outline?: string): void {
    this.doc.setFillColor(fill);
    if (outline) {
      this.doc.setDrawColor(outline);
      this.doc.setLineWidth(0.2);
    }
    this.doc.rect(x, y, width, height, outline ? 'FD' : 'F');
  }
}

/** How many leading characters of `word` fit in `width` (at least one), found by halving. */
function longestFitting(word: string, width: number, measure: (part: string) => number): number {
  let low = 1;
  let high = word.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(word.slice(0, middle)) <= width) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where the longest head of a hyphenated `word` that fits in `width` ends: at a soft hyphen; none when even the first syllable is too wide. */
function hyphenationBreak(word: string, width: number, measure: (part: string) => number): number | undefined {
  let best: number | undefined;
  for (let at = word.indexOf(SOFT_HYPHEN); at > 0; at = word.indexOf(SOFT_HYPHEN, at + 1)) {
    if (measure(withoutSoftHyphens(word.slice(0, at))) > width) break;
    best = at + 1;
  }
  return best;
}
