import { useTranslation } from 'react-i18next';
import { teamColour } from '../../shared/canvas/teamColours';
import type { Team } from '../../shared/model/team';
import { groupCode } from '../../shared/room/protocol';
import { QrCode } from './QrCode';
import { joinedCount, joinedPerTable, useRoomStatus } from './useRoomStatus';

/**
 * The projector's join slide: a QR code over most of the screen's height, the short address and code
 * for those who type, and how many joined per table. Shown and hidden with J or from the room dialog.
 */
export function JoinSlide({ workshopId, teams }: { workshopId: string; teams: readonly Team[] }) {
  const { t } = useTranslation();
  const status = useRoomStatus();
  if (status?.state !== 'open' || status.workshopId !== workshopId) {
    return (
      <section className="join-slide" aria-label={t('room.slide.label')}>
        <p className="join-slide-closed">{t('room.slide.closed')}</p>
      </section>
    );
  }
  const address = status.joinUrl.replace(/^http:\/\//, '').replace(/\/#.*$/, '');
  const perTable = joinedPerTable(status);
  return (
    <section className="join-slide" aria-label={t('room.slide.label')}>
      <QrCode className="join-slide-qr" text={status.joinUrl} label={t('room.qrLabel', { url: status.joinUrl })} />
      <div className="join-slide-text">
        <h2 className="join-slide-title">{t('room.slide.title')}</h2>
        <p className="join-slide-steps">{t('room.slide.steps')}</p>
        <p className="join-slide-address">{address}</p>
        <p className="join-slide-code" lang="en">
          {groupCode(status.code)}
        </p>
        <p className="join-slide-count" role="status">
          {t('room.slide.joined', { count: joinedCount(status) })}
        </p>
        <ul className="join-slide-tables">
          {teams.map((team, index) => (
            <li key={team.id}>
              <span className="team-dot" style={{ background: teamColour(team, index) }} aria-hidden />
              {t('room.slide.perTable', { table: team.name, count: perTable.get(team.id) ?? 0 })}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
