import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/model/vocabulary';
import { useLanguage } from '../i18n/useLanguage';

/** NL | EN, as a labelled group of toggle buttons; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <div role="group" aria-label={t('app.language')} className="segmented">
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          className="segmented-option"
          onClick={() => void setLanguage(option)}
        >
          <span aria-hidden>{option.toUpperCase()}</span>
          <span className="visually-hidden">{t(`app.languages.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}
