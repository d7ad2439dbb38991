import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamOptions } from '../../../components/Choices';
import type { Note } from '../../../../shared/model/note';
import { useCommandManager } from '../../../commands/CommandManagerContext';
import { DialogButtons, FormDialog } from '../../../components/FormDialog';
import { useToast } from '../../../components/Toasts';
import { useLanguage } from '../../../i18n/useLanguage';
import { useOpenWorkshop } from '../WorkshopContext';

/** "Verplaats naar…": the keyboard way to move a note to another element or another team's canvas. */
export function MoveNoteDialog({ note, onClose }: { note: Note; onClose(): void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const manager = useCommandManager();
  const toast = useToast();
  const { template, sortedTeams } = useOpenWorkshop();
  const id = useId();
  const [teamId, setTeamId] = useState(note.teamId);
  const [elementId, setElementId] = useState(note.elementId);

  const move = async (event: FormEvent) => {
    event.preventDefault();
    onClose();
    if (teamId === note.teamId && elementId === note.elementId) return;
    await manager.execute('moveNote', { id: note.id, to: { teamId, elementId } });
    const element = template.themes.flatMap((theme) => theme.elements).find((candidate) => candidate.id === elementId);
    const team = sortedTeams.find((candidate) => candidate.id === teamId);
    toast({
      message: t('panel.noteMoved', { element: element?.title[language] ?? '', team: team?.name ?? '' }),
      undo: () => void manager.run('undo'),
    });
  };

  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('panel.moveNoteTitle')} description={note.text}>
      <form className="form" onSubmit={move}>
        <div className="field">
          <label htmlFor={`${id}-team`}>{t('panel.moveToTeam')}</label>
          <select id={`${id}-team`} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <TeamOptions teams={sortedTeams} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-element`}>{t('panel.moveToElement')}</label>
          <select id={`${id}-element`} value={elementId} onChange={(event) => setElementId(event.target.value)}>
            {template.themes.map((theme, themeIndex) => (
              <optgroup key={theme.id} label={`${themeIndex + 1}. ${theme.title[language]}`}>
                {theme.elements.map((element, elementIndex) => (
                  <option key={element.id} value={element.id}>
                    {themeIndex + 1}.{elementIndex + 1} {element.title[language]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <DialogButtons submitLabel={t('panel.moveConfirm')} />
      </form>
    </FormDialog>
  );
}
