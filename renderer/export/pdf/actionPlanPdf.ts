// The PDF action plan. Loaded only when someone exports (dynamic import): jsPDF, autotable and the
// fonts stay out of the start-up bundle, so nothing on the start-up path may import this file.
import { jsPDF } from 'jspdf';
import { buildActionPlanDocument, type ActionPlanDocument } from '../../../shared/export/actionPlan';
import { calendarDay } from '../../../shared/model/vocabulary';
import type { WorkshopData } from '../../../shared/model/workshopData';
import { writeActions, writeParticipants } from './actionTables';
import { writeCover } from './coverPage';
import { speedUpText } from './fastText';
import { loadPdfFonts, registerFonts, type PdfFonts } from './fonts';
import { contentWidth, ink, page, PdfWriter, type TextStyle } from './pdfLayout';
import { createPdfTexts } from './pdfTexts';
import { writeProgress } from './progressSection';
import { writeSummary } from './summaryPages';
import { writeThemes } from './themeSections';

export { loadPdfFonts, type PdfFonts };

export interface ActionPlanPdfOptions {
  /** Only this team's part of the workshop; `undefined` for the whole workshop. */
  teamId?: string;
  includeNotes: boolean;
  /** Printed on every page; also the PDF's creation date, and the day before which open actions are overdue. */
  exportedAt: Date;
  /** The Noto Sans files; fetched with `loadPdfFonts` when not given (tests read them from disk). */
  fonts?: PdfFonts;
}

/** The whole action plan as PDF bytes, in the workshop's language, whatever the interface speaks. */
export async function buildActionPlanPdf(data: WorkshopData, options: ActionPlanPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  const language = data.workshop.language;
  const [texts, fonts] = await Promise.all([createPdfTexts(language), options.fonts ?? loadPdfFonts()]);
  const plan = buildActionPlanDocument(data, {
    ...(options.teamId === undefined ? {} : { teamId: options.teamId }),
    includeNotes: options.includeNotes,
    language,
    today: calendarDay(options.exportedAt),
  });

  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  const clean = registerFonts(doc, fonts);
  speedUpText(doc);
  const w = new PdfWriter(doc, texts, clean);
  describeDocument(w, plan, options.exportedAt);

  // Who does what by when comes right after the summary (and, in a follow-up, the progress since the
  // session it follows), on page 2 or 3; the detail per theme after it.
  writeCover(w, plan);
  writeSummary(w, plan);
  writeProgress(w, plan);
  writeActions(w, plan);
  writeThemes(w, plan);
  writeParticipants(w, plan);
  writeFooters(w, plan, options.exportedAt);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Title, author, subject, keywords, creator, language and creation date of the file itself. */
function describeDocument(w: PdfWriter, plan: ActionPlanDocument, exportedAt: Date): void {
  const { t } = w;
  const appName = t('app.name');
  w.doc.setDocumentProperties({
    title: t('pdf.documentTitle', { title: plan.workshop.title }),
    subject: t('pdf.subject', { title: plan.workshop.title, date: w.texts.longDate(plan.workshop.date) }),
    author: plan.workshop.facilitator ?? appName,
    keywords: t('pdf.keywords'),
    creator: appName,
  });
  w.doc.setLanguage(w.texts.locale);
  w.doc.setCreationDate(exportedAt);
  w.doc.viewerPreferences({ DisplayDocTitle: true });
}

/** On every page, once all pages exist: the workshop's title, the export date and "pagina X van Y". */
function writeFooters(w: PdfWriter, plan: ActionPlanDocument, exportedAt: Date): void {
  const { doc, t } = w;
  const pages = doc.getNumberOfPages();
  const style: TextStyle = { size: 7.5, colour: ink.muted };
  const exported = t('pdf.footer.exported', { date: w.texts.day(exportedAt) });
  for (let number = 1; number <= pages; number += 1) {
    doc.setPage(number);
    doc.setDrawColor(ink.rule);
    doc.setLineWidth(0.2);
    doc.line(page.left, page.footer - 4.5, page.left + contentWidth, page.footer - 4.5);
    w.use(style);
    const right = w.clean(t('pdf.footer.right', { exported, page: t('pdf.footer.page', { page: number, pages }) }));
    const rightWidth = doc.getTextWidth(right);
    const title = w.clipped(plan.workshop.title, contentWidth - rightWidth - 8, style, 1)[0] ?? '';
    w.use(style);
    doc.text(title, page.left, page.footer);
    doc.text(right, page.left + contentWidth, page.footer, { align: 'right' });
  }
}
