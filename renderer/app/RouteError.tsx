import { useTranslation } from 'react-i18next';
import type { FallbackProps } from 'react-error-boundary';
import { Link } from 'react-router';

/** Instead of a blank page when a screen fails: what happened, in the user's language, and a way on. */
export function RouteError({ error }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <main id="main" tabIndex={-1} className="page">
      <div className="empty-state" role="alert">
        <h1>{t('errors.screen.title')}</h1>
        <p>{t('errors.screen.body')}</p>
        <p className="error-detail">{error instanceof Error ? error.message : String(error)}</p>
        <div className="dialog-actions">
          <Link to="/" className="button button-secondary">
            {t('workshop.backToLibrary')}
          </Link>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {t('errors.retry')}
          </button>
        </div>
      </div>
    </main>
  );
}
