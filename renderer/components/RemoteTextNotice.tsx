import { useTranslation } from 'react-i18next';
import type { RemoteTextNotice as Notice } from './useCommittedText';

/** Under a text field: its text changed in another window, and what this field did about it. */
export function RemoteTextNotice({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <p className="remote-notice" role="status">
      {notice === 'updated' ? t('edit.remote.updated') : notice === 'kept' ? t('edit.remote.kept') : ''}
    </p>
  );
}
