import { useLanguage } from '../i18n/useLanguage';
import { LanguageChoice } from './LanguageChoice';

/** NL | EN for the app; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const [language, setLanguage] = useLanguage();
  return <LanguageChoice value={language} onChoose={(option) => void setLanguage(option)} />;
}
