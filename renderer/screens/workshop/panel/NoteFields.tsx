import { useTranslation } from 'react-i18next';
import { noteColours, type NoteColour } from '../../../../shared/model/vocabulary';
import type { Participant } from '../../../../shared/model/participant';

/** A note's colour as a small group of labelled swatches (radio buttons). */
export function ColourChoice({ name, value, onChange }: { name: string; value: string; onChange(colour: NoteColour): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="swatches">
      <legend className="visually-hidden">{t('panel.noteColour')}</legend>
      {noteColours.map((colour) => (
        <label key={colour} className={`swatch note-${colour}`} title={t(`noteColours.${colour}`)}>
          <input type="radio" name={name} value={colour} checked={value === colour} onChange={() => onChange(colour)} />
          <span className="visually-hidden">{t(`noteColours.${colour}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function AuthorSelect({
  participants,
  value,
  onChange,
}: {
  participants: Participant[];
  value: string;
  onChange(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <select className="author-select" aria-label={t('panel.author')} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('panel.noAuthor')}</option>
      {participants.map((participant) => (
        <option key={participant.id} value={participant.id}>
          {participant.name}
        </option>
      ))}
    </select>
  );
}

/** Shown colour class of a note; colours other tools wrote show as yellow. */
export function noteColourClass(colour: string): string {
  return `note-${(noteColours as readonly string[]).includes(colour) ? colour : 'geel'}`;
}
