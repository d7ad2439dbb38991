/** Texts of the Voortgang view (progress since the earlier sessions of a follow-up), in Dutch. Spread into the catalog as `progress`. */
export const progressNl = {
  title: 'Voortgang',
};
