import { useTranslation } from 'react-i18next';

/** Shown instead of a blank screen when the local database cannot be opened. */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <div className="empty-state" role="alert">
        <h1>{t('errors.storageUnavailable.title')}</h1>
        <p>{t('errors.storageUnavailable.body')}</p>
        <p className="error-detail">{error instanceof Error ? error.message : String(error)}</p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('errors.retry')}
        </button>
      </div>
    </main>
  );
}
