import { History, Sparkles } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../shared/model/vocabulary';
import { useOpenWorkshop } from '../workshop/WorkshopContext';

/** An action's status at the session the follow-up follows, or `new` when it was agreed since. */
export type EarlierStatus = ActionStatus | 'new';

/** In a follow-up, each action's status at the session it follows (`new` if it was not there); `undefined` in a workshop that follows none. */
export function useEarlierStatuses(): { of(actionId: string): EarlierStatus; sessionTitle: string } | undefined {
  const { earlierSessions } = useOpenWorkshop();
  const previous = earlierSessions.at(-1);
  return useMemo(() => {
    if (!previous) return undefined;
    const statuses = new Map(previous.actions.map((action) => [action.id, action.status]));
    return { of: (actionId: string) => statuses.get(actionId) ?? 'new', sessionTitle: previous.workshop.title };
  }, [previous]);
}

/** "toen: open" or "nieuw" under an action's title: discreet, in words, with an icon for the eye. */
export function EarlierStatusNote({ status, sessionTitle }: { status: EarlierStatus; sessionTitle: string }) {
  const { t } = useTranslation();
  if (status === 'new')
    return (
      <span className="earlier-status earlier-status-new" title={t('progress.list.newHint', { title: sessionTitle })}>
        <Sparkles aria-hidden size={13} />
        {t('progress.list.new')}
      </span>
    );
  return (
    <span className="earlier-status" title={t('progress.list.thenHint', { title: sessionTitle })}>
      <History aria-hidden size={13} />
      {t('progress.list.then', { status: t(`actions.status.${status}`).toLowerCase() })}
    </span>
  );
}
