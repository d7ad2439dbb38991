import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../components/LanguageChoice';
import { browserStore } from './browserEnvironment';
import { chooseLanguage } from './language';

/** NL | EN for this device; the choice is remembered here and beats the workshop's language. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  return (
    <LanguageChoice
      className="pp-language"
      value={i18n.resolvedLanguage}
      onChoose={(option) => {
        chooseLanguage(browserStore(), option);
        void i18n.changeLanguage(option);
      }}
    />
  );
}
