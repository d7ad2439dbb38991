import type { Catalog } from '../catalog';

/** Texts of the local storage failing or belonging to another version of the app, in English: the same keys as `storage.nl.ts`. */
export const storageEn: Catalog['storage'] = {
  fault: {
    quota: {
      title: 'This computer’s storage is full',
      body: 'Your latest changes are not saved yet. They stay on the screen and are not lost while this window stays open. Free up space: delete files you no longer need, or save old workshops as a workshop file (Share › Workshop file) and delete them here.',
    },
    write: {
      title: 'Saving failed',
      body: 'The storage on this computer refused your latest changes. They stay on the screen and are not lost while this window stays open. If it keeps failing, close other Actieplaat windows and copy any text you want to be sure to keep.',
    },
    waiting_one: '{{count}} change is waiting to be saved.',
    waiting_other: '{{count}} changes are waiting to be saved, in the order you made them.',
    retrying: 'Actieplaat keeps trying again by itself.',
    retry: 'Try again',
    recovered: 'All changes have been saved after all.',
    notDone: '{{problem}}: this was not saved. Try again once there is room or the storage works again.',
  },
  newerVersion: {
    title: 'This data belongs to a newer version of Actieplaat',
    body: 'The workshops on this computer were saved by a newer version of Actieplaat than this one ({{version}}). This version cannot open them safely and has changed nothing: your data is as the newer version left it.',
    action:
      'Use the newer version: update Actieplaat to the latest version, or go to the window where the newer version is open. In the browser edition, reloading fetches the latest version.',
    detail: 'Storage version on this computer: {{stored}}. This Actieplaat knows version {{known}}.',
    reload: 'Reload',
  },
  blocked: {
    title: 'Waiting for another Actieplaat window',
    body: 'This version of Actieplaat needs to update the storage, but another window or tab still holds the old version open.',
    action: 'Close the other Actieplaat windows and tabs, or reload them. This window then continues by itself; nothing is lost.',
  },
  closed: {
    title: 'Another window is using a newer version of Actieplaat',
    body: 'Another window or tab needs the storage for a newer version of Actieplaat. This window has stopped saving, so that the two versions do not get in each other’s way. What was shown as saved is kept; text you were typing comes back after reloading.',
    action: 'Reload this window to continue working.',
    reload: 'Reload',
  },
};
