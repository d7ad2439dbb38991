/** The desktop app's native menu and main-process texts, in Dutch. Spread into the catalog as `menu`. */
export const menuNl = {
  file: 'Bestand',
  quit: 'Afsluiten',
  edit: 'Bewerken',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  view: 'Beeld',
  fullScreen: 'Volledig scherm',
  actualSize: 'Werkelijke grootte',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  help: 'Help',
  about: 'Over Actieplaat',
  aboutDetail: 'Versie {{version}}\nWerkt offline; alle gegevens blijven op deze computer.\nGegevens: {{folder}}',
  openDataFolder: 'Gegevensmap openen',
  projectorTitle: 'Actieplaat — projector',
  recovered:
    'Actieplaat is opnieuw gestart na een fout in het venster. Alles tot het laatste “Opgeslagen” is bewaard, net als tekst die je aan het typen was.',
  fileUnreadable: '“{{name}}” kon niet worden gelezen.',
};
