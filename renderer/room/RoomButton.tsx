import { Radio } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useOpenWorkshop } from '../screens/workshop/WorkshopContext';
import { setRoomDialogOpen } from './roomDialogStore';
import { joinedCount, useRoomStatus } from './useRoomStatus';

/** The workshop bar's way into the live room; says when it is open and how many joined. */
export function RoomButton() {
  const { t } = useTranslation();
  const status = useRoomStatus();
  const { workshop } = useOpenWorkshop();
  const open = status?.state === 'open' && status.workshopId === workshop.id;
  const label = open ? t('room.buttonOpen', { count: joinedCount(status) }) : t('room.button');
  return (
    <button
      type="button"
      className={`button button-secondary button-compact${open ? ' room-button-open' : ''}`}
      aria-haspopup="dialog"
      title={label}
      onClick={() => setRoomDialogOpen(true)}
    >
      <Radio aria-hidden size={18} />
      <span className="button-label">{label}</span>
    </button>
  );
}
