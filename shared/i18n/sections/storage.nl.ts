/** Texts of the local storage failing or belonging to another version of the app, in Dutch. Spread into the catalog as `storage`. */
export const storageNl = {
  fault: {
    quota: {
      title: 'De opslag van deze computer is vol',
      body: 'Je laatste wijzigingen zijn nog niet bewaard. Ze blijven op het scherm staan en gaan niet verloren zolang dit venster open is. Maak ruimte vrij: verwijder bestanden die je niet meer nodig hebt, of bewaar oude workshops als workshopbestand (Delen › Workshopbestand) en verwijder ze hier.',
    },
    write: {
      title: 'Opslaan is mislukt',
      body: 'De opslag op deze computer weigerde je laatste wijzigingen. Ze blijven op het scherm staan en gaan niet verloren zolang dit venster open is. Lukt het niet, sluit dan andere vensters van Actieplaat en kopieer tekst die je zeker wilt houden.',
    },
    waiting_one: '{{count}} wijziging wacht om bewaard te worden.',
    waiting_other: '{{count}} wijzigingen wachten om bewaard te worden, in de volgorde waarin je ze maakte.',
    retrying: 'Actieplaat probeert het vanzelf steeds opnieuw.',
    retry: 'Opnieuw proberen',
    recovered: 'Alle wijzigingen zijn alsnog opgeslagen.',
    notDone: '{{problem}}: dit is niet opgeslagen. Probeer het opnieuw als er weer ruimte is of de opslag weer werkt.',
  },
  newerVersion: {
    title: 'Deze gegevens horen bij een nieuwere versie van Actieplaat',
    body: 'De workshops op deze computer zijn bewaard door een nieuwere versie van Actieplaat dan deze ({{version}}). Deze versie kan ze niet veilig openen en heeft niets veranderd: je gegevens zijn zoals de nieuwere versie ze achterliet.',
    action:
      'Gebruik de nieuwere versie: werk Actieplaat bij naar de nieuwste versie, of ga naar het venster waarin de nieuwere versie open is. In de browsereditie haalt opnieuw laden de nieuwste versie op.',
    detail: 'Opslagversie op deze computer: {{stored}}. Deze Actieplaat kent versie {{known}}.',
    reload: 'Opnieuw laden',
  },
  blocked: {
    title: 'Wachten op een ander venster van Actieplaat',
    body: 'Deze versie van Actieplaat moet de opslag bijwerken, maar een ander venster of tabblad houdt de oude versie nog open.',
    action:
      'Sluit de andere vensters en tabbladen van Actieplaat, of laad ze opnieuw. Dit venster gaat daarna vanzelf verder; er gaat niets verloren.',
  },
  closed: {
    title: 'Een ander venster werkt met een nieuwere versie van Actieplaat',
    body: 'Een ander venster of tabblad heeft de opslag nodig voor een nieuwere versie van Actieplaat. Dit venster is gestopt met opslaan, zodat de twee versies elkaar niet in de weg zitten. Wat als opgeslagen stond, is bewaard; tekst die je aan het typen was, komt terug na opnieuw laden.',
    action: 'Laad dit venster opnieuw om verder te werken.',
    reload: 'Opnieuw laden',
  },
};
