import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/model/vocabulary';
import { browserStore } from './browserEnvironment';
import { chooseLanguage } from './language';

/** NL | EN for this device; the choice is remembered here and beats the workshop's language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className="segmented pp-language">
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === i18n.resolvedLanguage}
          className="segmented-option"
          onClick={() => {
            chooseLanguage(browserStore(), option);
            void i18n.changeLanguage(option);
          }}
        >
          <span aria-hidden>{option.toUpperCase()}</span>
          <span className="visually-hidden">{t(`app.languages.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}
