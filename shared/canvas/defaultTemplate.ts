import type { CanvasElement, ElementSource, Template, Theme } from '../model/template';

/** Id of the built-in template; a workshop gets its own copy and may rename or extend it. */
export const DEFAULT_TEMPLATE_ID = 'werken-in-breder-belang';

export const themeIds = ['meerwaarde', 'maatwerk', 'mogelijkheden', 'matching'] as const;
export type ThemeId = (typeof themeIds)[number];

type ElementRow = [id: string, nl: string, en: string, source: ElementSource, questionsNl: string, questionsEn: string];

function element([id, nl, en, source, questionsNl, questionsEn]: ElementRow): CanvasElement {
  return { id, title: { nl, en }, questions: { nl: questionsNl, en: questionsEn }, source };
}

function theme(id: ThemeId, title: [string, string], question: [string, string], rows: ElementRow[]): Theme {
  return {
    id,
    title: { nl: title[0], en: title[1] },
    question: { nl: question[0], en: question[1] },
    elements: rows.map(element),
  };
}

/** The actieplaat "Werken in Breder Belang": four themes, five elements each (shared/docs/CANVAS.md). */
export const defaultTemplate: Template = {
  id: DEFAULT_TEMPLATE_ID,
  name: 'Werken in Breder Belang',
  themes: [
    theme(
      'meerwaarde',
      ['Meerwaarde', 'Added value'],
      [
        'Wat levert de samenwerking op, voor medewerkers, organisaties en samenleving?',
        'What does the collaboration yield, for employees, organisations and society?',
      ],
      [
        [
          'meerwaarde.betekenisvol-werk',
          'Meer betekenisvol werk',
          'More meaningful work',
          'plaat',
          'Wat maakt de inzet betekenisvol voor onze mensen? Hoe maken we dat zichtbaar?',
          'What makes this work meaningful for our people? How do we make that visible?',
        ],
        [
          'meerwaarde.kwaliteit-diensten',
          'Minder verlies van kwaliteit van diensten',
          'Less loss of service quality',
          'plaat',
          'Welke diensten staan onder druk? Wie merkt het verschil: cliënt, leerling, burger?',
          'Which services are under pressure? Who notices the difference: client, pupil, citizen?',
        ],
        [
          'meerwaarde.personeelstekorten',
          'Terugdringen van personeelstekorten',
          'Reducing staff shortages',
          'plaat',
          'Om hoeveel uren of fte gaat het? Welk tekort lossen we (deels) op?',
          'How many hours or FTEs are involved? Which shortage do we (partly) solve?',
        ],
        [
          'meerwaarde.ontwikkeling',
          'Betere ontwikkelingsmogelijkheden',
          'Better development opportunities',
          'plaat',
          'Wat leren mensen in de andere sector? Hoe nemen ze dat mee terug?',
          'What do people learn in the other sector? How do they bring it back?',
        ],
        [
          'meerwaarde.aantrekkelijke-werkgever',
          'Meer aantrekkelijke werkgever',
          'More attractive employer',
          'plaat',
          'Helpt deelname bij werven en binden? Hoe vertellen we het verhaal?',
          'Does taking part help to recruit and retain? How do we tell the story?',
        ],
      ],
    ),
    theme(
      'maatwerk',
      ['Maatwerk', 'Tailoring'],
      ['Welke afspraken passen bij de persoon en bij beide organisaties?', 'Which arrangements fit the person and both organisations?'],
      [
        [
          'maatwerk.beschikbaarheid',
          'Beschikbaarheid en betrokkenheid',
          'Availability and commitment',
          'plaat',
          'Hoeveel uur per week of maand (bijv. 4–8 uur)? Hoe blijft iemand verbonden met beide werkgevers?',
          'How many hours a week or month (e.g. 4–8 hours)? How does someone stay connected to both employers?',
        ],
        [
          'maatwerk.arbeidsvoorwaarden',
          'Salaris en arbeidsvoorwaarden',
          'Pay and terms of employment',
          'plaat',
          'Wie betaalt tijdens de inzet? Welke cao, verzekering en pensioenregeling gelden?',
          'Who pays during the assignment? Which collective agreement, insurance and pension scheme apply?',
        ],
        [
          'maatwerk.opleiding',
          'Opleiding en bijscholing',
          'Training and upskilling',
          'plaat',
          'Welke opleiding of bevoegdheid is nodig? Wie verzorgt en betaalt die?',
          'Which training or qualification is needed? Who provides and pays for it?',
        ],
        [
          'maatwerk.takenpakket',
          'Passend takenpakket',
          'Fitting set of tasks',
          'plaat',
          'Welke taken kan iemand verantwoord doen zonder volledige vakopleiding? Wie ontlast dat?',
          'Which tasks can someone do responsibly without full professional training? Whom does that relieve?',
        ],
        [
          'maatwerk.begeleiding',
          'Begeleiding en inwerken',
          'Supervision and onboarding',
          'werkversie',
          'Wie is het vaste aanspreekpunt op de werkvloer? Hoe ziet de eerste week eruit?',
          'Who is the fixed point of contact on the work floor? What does the first week look like?',
        ],
      ],
    ),
    theme(
      'mogelijkheden',
      ['Mogelijkheden', 'Possibilities'],
      ['Welke vormen kan de samenwerking aannemen?', 'Which forms can the collaboration take?'],
      [
        [
          'mogelijkheden.detachering',
          'Detacheren en uitlenen',
          'Secondment and loan',
          'werkversie',
          'Kan iemand tijdelijk werken bij de partner met behoud van dienstverband?',
          'Can someone work at the partner for a while and keep their employment?',
        ],
        [
          'mogelijkheden.hybride-baan',
          'Hybride of combinatiebaan',
          'Hybrid or combined job',
          'werkversie',
          'Kan iemand structureel een deel van de week in de andere sector werken, zoals hybride docenten?',
          'Can someone work part of every week in the other sector, like hybrid teachers?',
        ],
        [
          'mogelijkheden.reservepool',
          'Reservepool voor piekmomenten',
          'Reserve pool for peaks',
          'werkversie',
          'Vormen we een pool van oproepbare mensen, zoals de Nationale Zorgreserve of reservisten?',
          'Do we form a pool of people on call, like the Nationale Zorgreserve or reservists?',
        ],
        [
          'mogelijkheden.samen-opleiden',
          'Samen opleiden en leerwerkplekken',
          'Joint training and work placements',
          'werkversie',
          'Delen we opleidingsplekken, stages of een gezamenlijke leerlijn?',
          'Do we share training places, internships or a joint learning path?',
        ],
        [
          'mogelijkheden.kaders',
          'Ruimte in kaders en regels',
          'Room within rules and frameworks',
          'werkversie',
          'Welke wet-, cao- of HR-regels staan in de weg? Wie kan de kaders oprekken?',
          'Which laws, collective agreements or HR rules stand in the way? Who can stretch the frameworks?',
        ],
      ],
    ),
    theme(
      'matching',
      ['Matching', 'Matching'],
      ['Hoe brengen we de juiste mensen en het juiste werk samen?', 'How do we bring the right people and the right work together?'],
      [
        [
          'matching.vraag',
          'Vraag in beeld',
          'Demand in view',
          'werkversie',
          'Welke taken, uren en plekken vragen om extra handen?',
          'Which tasks, hours and places need extra hands?',
        ],
        [
          'matching.aanbod',
          'Aanbod in beeld',
          'Supply in view',
          'werkversie',
          'Wie wil en kan meedoen, met welke ervaring en vaardigheden?',
          'Who wants to and can take part, with which experience and skills?',
        ],
        [
          'matching.beschikbaarheid-plannen',
          'Plannen vanuit beschikbaarheid',
          'Scheduling around availability',
          'werkversie',
          'Plannen we rond de uren die mensen kunnen bieden, in plaats van te zoeken naar iemand die precies in het rooster past?',
          'Do we plan around the hours people can offer, instead of looking for someone who fits the roster exactly?',
        ],
        [
          'matching.kwalificaties',
          'Kwalificaties en screening',
          'Qualifications and screening',
          'werkversie',
          "Welke diploma's, registraties of verklaringen (zoals een VOG) zijn nodig, en hoe regelen we die snel?",
          'Which diplomas, registrations or certificates (such as a certificate of conduct, VOG) are needed, and how do we arrange them quickly?',
        ],
        [
          'matching.verbinder',
          'Verbinder en platform',
          'Matchmaker and platform',
          'werkversie',
          'Wie koppelt vraag en aanbod: een matcher, intermediair of platform? Hoe blijft het contact na de match?',
          'Who links demand and supply: a matcher, intermediary or platform? How does contact continue after the match?',
        ],
      ],
    ),
  ],
};
