import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseCode } from '../../shared/room/protocol';
import type { Refusal } from './connection';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  /** The room refused this device's credential: it says so above the form. */
  notAdmitted: boolean;
  busy: boolean;
  refused: Refusal | null;
  onCode(code: string): void;
}

/** "Typ de code van het scherm": the way in without the QR code, and back in after the room refused this device. */
export function JoinScreen({ notAdmitted, busy, refused, onCode }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [notACode, setNotACode] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseCode(typed);
    setNotACode(!code);
    if (code) onCode(code);
  };
  const message = notACode ? t('participant.join.notACode') : refused ? t(`participant.refused.${refused}`) : null;

  return (
    <div className="pp-page">
      <header className="pp-bar">
        <span className="pp-brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="pp-main pp-narrow">
        {notAdmitted ? (
          <section className="pp-notice" aria-labelledby={`${id}-refused`} data-testid="not-admitted">
            <h1 id={`${id}-refused`}>{t('participant.notAdmitted.title')}</h1>
            <p className="pp-notice-lead">{t('participant.notAdmitted.body')}</p>
            <p>{t('participant.notAdmitted.kept')}</p>
          </section>
        ) : (
          <h1>{t('participant.join.title')}</h1>
        )}
        <form className="pp-card pp-join" onSubmit={submit} noValidate>
          <h2 className="pp-join-title">{notAdmitted ? t('participant.notAdmitted.orType') : t('participant.join.intro')}</h2>
          <div className="field">
            <label htmlFor={`${id}-code`}>{t('participant.join.code')}</label>
            <input
              id={`${id}-code`}
              className="pp-code-input"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              maxLength={64}
              aria-invalid={message ? true : undefined}
              aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
            />
            <p id={`${id}-hint`} className="pp-hint">
              {t('participant.join.codeHint')}
            </p>
          </div>
          <p id={`${id}-error`} className="pp-error" role="alert">
            {message}
          </p>
          <button type="submit" className="button button-primary button-large pp-full" disabled={busy}>
            {busy ? t('participant.join.busy') : t('participant.join.submit')}
          </button>
        </form>
        <p className="pp-hint">{t('participant.join.privacy')}</p>
      </main>
    </div>
  );
}
