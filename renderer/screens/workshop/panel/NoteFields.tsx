import { useState } from 'react';
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

/**
 * Who wrote a note. With `lean`, for the select of each note, it holds only the chosen option while it
 * is not in use: forty participants' options under every note made each keystroke in the panel cost
 * about twice as much (the browser's work per option node, bench `keystroke`). All options are there
 * from the moment it is focused or pressed, before it opens, and go again when it loses focus.
 */
export function AuthorSelect({
  participants,
  value,
  onChange,
  lean = false,
}: {
  participants: Participant[];
  value: string;
  onChange(id: string): void;
  lean?: boolean;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  const shown = active || !lean ? participants : participants.filter((participant) => participant.id === value);
  return (
    <select
      className="author-select"
      aria-label={t('panel.author')}
      value={value}
      onFocus={() => setActive(true)}
      onPointerDown={() => setActive(true)}
      onBlur={() => setActive(false)}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('panel.noAuthor')}</option>
      {shown.map((participant) => (
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
