/** Texts of starting a follow-up session and of the earlier session on the plate and in the panel, in Dutch. Spread into the catalog as `followUp`. */
export const followUpNl = {
  start: 'Vervolgsessie starten…',
  hint: 'Maanden later opnieuw scoren met dezelfde teams, en zien wat er veranderd is.',
  dialogTitle: 'Vervolgsessie starten',
  dialogDescription: 'Een nieuwe sessie van “{{title}}”: opnieuw scoren en zien wat er sindsdien veranderd is.',
  carries: {
    same: 'Dezelfde teams (in dezelfde volgorde), deelnemers en teksten van de plaat.',
    actions: 'De acties gaan mee, met hun status.',
    scores:
      'De scores beginnen leeg. De scores en afspraken van deze sessie blijven bewaard om mee te vergelijken, ook als je deze workshop later verwijdert.',
  },
  titleLabel: 'Titel van de vervolgsessie',
  titleSuffix: 'vervolg',
  dateLabel: 'Datum van de vervolgsessie',
  submit: 'Vervolgsessie starten',
  started: 'Vervolgsessie “{{title}}” gestart.',
  was: 'was {{value}}',
  changeHint: 'Stand van zaken bij de vorige sessie: {{before}}, nu: {{now}}',
  changeSpoken: {
    up_one: 'Bij de vorige sessie {{before}}: {{count}} hoger.',
    up_other: 'Bij de vorige sessie {{before}}: {{count}} hoger.',
    down_one: 'Bij de vorige sessie {{before}}: {{count}} lager.',
    down_other: 'Bij de vorige sessie {{before}}: {{count}} lager.',
    same_one: 'Bij de vorige sessie ook {{before}}.',
    same_other: 'Bij de vorige sessie ook {{before}}.',
  },
  earlierSession: 'Vorige sessie: {{title}}, {{date}}',
  notScoredThen: 'Toen niet gescoord.',
  agreementsThen: 'Afspraken toen',
  noAgreementsThen: 'Geen afspraken vastgelegd.',
};
