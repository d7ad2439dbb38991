import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFacilitation } from '../../facilitation/facilitationStore';
import { RoundClock } from '../../facilitation/RoundClock';
import { AgendaPanel } from './AgendaPanel';
import { FacilitatorBar } from './FacilitatorBar';
import { useOpenWorkshop } from './WorkshopContext';

const OPEN_KEY = 'actieplaat.facilitationOpen';

/**
 * The facilitator's controls (projector, timer, voting, agenda), folded away by default so a team at
 * a table sees the plate; open stays open on this computer. The round timer shows even when folded.
 */
export function FacilitationDrawer() {
  const { t } = useTranslation();
  const { workshop } = useOpenWorkshop();
  const [{ timer }] = useFacilitation(workshop.id);
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === '1');
  return (
    <details
      className="facilitation-drawer"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        setOpen(next);
        localStorage.setItem(OPEN_KEY, next ? '1' : '0');
      }}
    >
      <summary>
        <span>{t('facilitation.drawer')}</span>
        {!open && (timer.startedAt !== null || timer.elapsedMs > 0) && <RoundClock timer={timer} size="small" />}
      </summary>
      {open && (
        <>
          <FacilitatorBar />
          <AgendaPanel />
        </>
      )}
    </details>
  );
}
