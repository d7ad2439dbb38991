import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { PlateMark } from './PlateMark';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <PlateMark />
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </Link>
      <div className="app-header-end">
        <span className="offline-hint">{t('app.offline')}</span>
        <LanguageSwitch />
      </div>
    </header>
  );
}
