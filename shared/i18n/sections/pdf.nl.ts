/** Texts of the PDF action plan, in Dutch. Spread into the catalog as `pdf`. */
export const pdfNl = {
  documentTitle: 'Actieplan {{title}}',
};
