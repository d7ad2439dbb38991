/** Texts of starting a follow-up session and of the earlier session on the plate and in the panel, in Dutch. Spread into the catalog as `followUp`. */
export const followUpNl = {
  start: 'Vervolgsessie starten',
};
