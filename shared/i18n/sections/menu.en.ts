import type { Catalog } from '../catalog';

/** The desktop app's native menu and main-process texts, in English: the same keys as `menu.nl.ts`. */
export const menuEn: Catalog['menu'] = {
  file: 'File',
  quit: 'Quit',
  edit: 'Edit',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  fullScreen: 'Full screen',
  actualSize: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  help: 'Help',
  about: 'About Actieplaat',
  aboutDetail: 'Version {{version}}\nWorks offline; all data stays on this computer.\nData: {{folder}}',
  openDataFolder: 'Open data folder',
  projectorTitle: 'Actieplaat — projector',
  recovered: 'Actieplaat restarted after an error in the window. Everything up to the last “Saved” is kept, as is text you were typing.',
  fileUnreadable: '“{{name}}” could not be read.',
};
