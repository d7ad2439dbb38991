import { useTranslation } from 'react-i18next';

/** Progress since the earlier sessions of a follow-up (being built: issue 14). */
export function ProgressView() {
  const { t } = useTranslation();
  return (
    <section className="progress-view">
      <h2>{t('progress.title')}</h2>
    </section>
  );
}
