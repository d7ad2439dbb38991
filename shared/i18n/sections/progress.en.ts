/** Texts of the Progress view (progress since the earlier sessions of a follow-up), in English. Spread into the catalog as `progress`. */
export const progressEn = {
  title: 'Progress',
};
