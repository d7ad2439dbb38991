/** Texts of the desktop's automatic backups, in Dutch. Spread into the catalog as `backups`. */
export const backupsNl = {
  button: 'Reservekopieën',
  summary: 'Actieplaat bewaart vanzelf reservekopieën van je workshops, op deze computer.',
  title: 'Reservekopieën',
  description:
    'Actieplaat maakt vanzelf een reservekopie van elke workshop die je hebt gewijzigd: bij het sluiten, en ieder uur dat je eraan werkt. Per workshop blijven de laatste {{keep}} bewaard, alle samen hoogstens {{total}} (daarboven gaan de oudste eerst). Verwijder je een workshop, dan gaan ook de reservekopieën ervan weg, zodra je het verwijderen niet meer ongedaan kunt maken.',
  restoreExplained: 'Herstellen maakt een nieuwe workshop; je workshops blijven zoals ze zijn.',
  folder: 'Ze staan in de map “backups” in de gegevensmap: {{folder}}',
  loading: 'Reservekopieën zoeken…',
  empty: 'Nog geen reservekopieën. De eerste komt binnen het uur nadat je aan een workshop hebt gewerkt, of bij het sluiten.',
  listFailed: 'De reservekopieën konden niet worden gelezen: {{message}}',
  count_one: '{{count}} reservekopie',
  count_other: '{{count}} reservekopieën',
  restore: 'Herstellen',
  restoreLabel: 'Herstellen: {{title}}, {{date}}',
  restoring: 'Herstellen…',
  restoredTitle: '{{title}} (reservekopie {{date}})',
  restored: 'Reservekopie hersteld als “{{title}}”.',
  refused: {
    title: 'De reservekopie van {{date}} kan niet worden hersteld',
    unchanged: 'Er is niets veranderd aan je workshops.',
  },
  notFound: 'Deze reservekopie bestaat niet meer.',
  failed: 'Herstellen is mislukt: {{message}}',
  writeFailed: {
    'no-permission': 'Geen reservekopie van “{{title}}”: geen toestemming om in de gegevensmap te schrijven.',
    'disk-full': 'Geen reservekopie van “{{title}}”: de schijf is vol.',
    'read-only': 'Geen reservekopie van “{{title}}”: de gegevensmap is alleen-lezen.',
    unknown: 'Geen reservekopie van “{{title}}”: het bestand kon niet worden geschreven.',
  },
};
