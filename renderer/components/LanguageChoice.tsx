import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/model/vocabulary';

/** NL | EN as a labelled group of toggle buttons; where the choice is remembered is the caller's. */
export function LanguageChoice({
  value,
  onChoose,
  className,
}: {
  value: string | undefined;
  onChoose(language: Language): void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className={className ? `segmented ${className}` : 'segmented'}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === value}
          className="segmented-option"
          onClick={() => onChoose(option)}
        >
          <span aria-hidden>{option.toUpperCase()}</span>
          <span className="visually-hidden">{t(`app.languages.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}
