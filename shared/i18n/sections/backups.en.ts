import type { Catalog } from '../catalog';

/** Texts of the desktop's automatic backups, in English: the same keys as `backups.nl.ts`. */
export const backupsEn: Catalog['backups'] = {
  button: 'Backups',
  summary: 'Actieplaat automatically keeps backups of your workshops, on this computer.',
  title: 'Backups',
  description:
    'Actieplaat automatically backs up every workshop you changed: when you close the app, and every hour you work on it. The last {{keep}} of each workshop are kept, all together at most {{total}} (beyond that the oldest go first). When you delete a workshop, its backups go too, once the delete can no longer be undone.',
  restoreExplained: 'Restoring makes a new workshop; your workshops stay as they are.',
  folder: 'They are in the “backups” folder of the data folder: {{folder}}',
  loading: 'Looking for backups…',
  empty: 'No backups yet. The first one comes within the hour after you worked on a workshop, or when you close the app.',
  listFailed: 'The backups could not be read: {{message}}',
  count_one: '{{count}} backup',
  count_other: '{{count}} backups',
  restore: 'Restore',
  restoreLabel: 'Restore: {{title}}, {{date}}',
  restoring: 'Restoring…',
  restoredTitle: '{{title}} (backup {{date}})',
  restored: 'Backup restored as “{{title}}”.',
  refused: {
    title: 'The backup of {{date}} cannot be restored',
    unchanged: 'Nothing in your workshops has changed.',
  },
  notFound: 'This backup no longer exists.',
  failed: 'Restoring failed: {{message}}',
  writeFailed: {
    'no-permission': 'No backup of “{{title}}”: no permission to write in the data folder.',
    'disk-full': 'No backup of “{{title}}”: the disk is full.',
    'read-only': 'No backup of “{{title}}”: the data folder is read-only.',
    unknown: 'No backup of “{{title}}”: the file could not be written.',
  },
};
