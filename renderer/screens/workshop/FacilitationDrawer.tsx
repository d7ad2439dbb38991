import { useTranslation } from 'react-i18next';
import { DisclosureButton, useRememberedOpen } from '../../components/Disclosure';
import { useFacilitation } from '../../facilitation/facilitationStore';
import { RoundClock } from '../../facilitation/RoundClock';
import { AgendaPanel } from './AgendaPanel';
import { FacilitatorBar } from './FacilitatorBar';
import { useOpenWorkshop } from './WorkshopContext';

const OPEN_KEY = 'actieplaat.facilitationOpen';
const DRAWER_ID = 'facilitation-drawer';

/**
 * The facilitator's controls (projector, timer, voting, agenda) are folded away by default so a team at a
 * table sees the plate; open stays open on this computer.
 */
export function useFacilitationDrawer(): [boolean, () => void] {
  return useRememberedOpen(OPEN_KEY, false);
}

/** The button that unfolds the controls, in the plate's toolbar; the round timer shows beside it while folded. */
export function FacilitationToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const { workshop } = useOpenWorkshop();
  const [{ timer }] = useFacilitation(workshop.id);
  return (
    <div className="facilitation-toggle">
      {!open && (timer.startedAt !== null || timer.elapsedMs > 0) && <RoundClock timer={timer} size="small" />}
      <DisclosureButton open={open} controls={DRAWER_ID} onToggle={onToggle}>
        {t('facilitation.drawer')}
      </DisclosureButton>
    </div>
  );
}

export function FacilitationDrawer() {
  return (
    <div id={DRAWER_ID} className="facilitation-drawer">
      <FacilitatorBar />
      <AgendaPanel />
    </div>
  );
}
