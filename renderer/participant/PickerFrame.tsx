import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the table and name steps: the workshop's title, the connection, one question. */
export function PickerFrame({ workshop, status, children }: { workshop: string; status: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="pp-page">
      <header className="pp-bar">
        <span className="pp-brand">{workshop || t('app.name')}</span>
        <LanguageSwitch />
      </header>
      {status}
      <main id="main" className="pp-main pp-narrow">
        {children}
      </main>
    </div>
  );
}
