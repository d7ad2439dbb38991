import type { Catalog } from '../catalog';

/** Texts of the PDF action plan, in English: the same keys as `pdf.nl.ts`. */
export const pdfEn: Catalog['pdf'] = {
  documentTitle: 'Action plan {{title}}',
};
