/** Texts of starting a follow-up session and of the earlier session on the plate and in the panel, in English. Spread into the catalog as `followUp`. */
export const followUpEn = {
  start: 'Start a follow-up session',
};
