import { useLanguage } from '../i18n/useLanguage';
import { LanguageChoice } from './LanguageChoice';
import type { Language } from '../../shared/model/vocabulary';
import { dispatchCommand, useCommand } from '../commands/useCommand';

/** NL | EN for the app; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const [language, setLanguage] = useLanguage();
  useCommand('language.choose', (payload) => setLanguage((payload as { language: Language }).language));
  return <LanguageChoice value={language} onChoose={(option) => dispatchCommand('language.choose', { language: option })} />;
}
