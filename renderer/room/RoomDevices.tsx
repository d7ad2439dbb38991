import { useTranslation } from 'react-i18next';
import type { OpenRoomStatus, RefusalInfo } from '../../shared/room/protocol';
import type { Language } from '../../shared/model/vocabulary';
import { useToast } from '../components/Toasts';
import { useHost } from '../host/HostContext';
import { localeOf } from '../i18n/format';
import { useOpenWorkshop } from '../screens/workshop/WorkshopContext';
import { teamColour } from '../../shared/canvas/teamColours';
import { joinedPerTable } from './useRoomStatus';
import { dispatchCommand, useCommand } from '../commands/useCommand';

const knownRefusals = [
  'oversized-message',
  'too-many-messages',
  'too-many-connections',
  'document-too-large',
  'forbidden-document',
  'malformed',
  'invalid-record',
  'wrong-code',
  'bad-credential',
] as const;

/** Who joined, per table and per device (name, table, connected, last seen), with "remove"; and what was refused. */
export function RoomDevices({ status, language }: { status: OpenRoomStatus; language: Language }) {
  const { t } = useTranslation();
  const room = useHost().room;
  const toast = useToast();
  const { sortedTeams } = useOpenWorkshop();
  useCommand('room.removeDevice', (payload) => {
    const { deviceId, name } = payload as { deviceId: string; name: string };
    return room?.removeDevice(deviceId).then(() => toast({ message: t('room.removed', { name }) }));
  });
  const perTable = joinedPerTable(status);
  const teamName = (tableId: string | null) => sortedTeams.find((team) => team.id === tableId)?.name ?? t('room.noTable');
  const time = new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const devices = [...status.devices].sort((a, b) => Number(b.online) - Number(a.online) || a.joinedAt - b.joinedAt);
  const refusalText = (refusal: RefusalInfo) => {
    const known = knownRefusals.find((reason) => reason === refusal.reason);
    return known ? t(`room.refusal.${known}`) : t('room.refusal.other', { reason: refusal.reason });
  };
  const deviceName = (deviceId: string | undefined) => {
    const device = status.devices.find((candidate) => candidate.id === deviceId);
    return device ? device.name || t('room.anonymous') : t('room.unknownDevice');
  };

  return (
    <div className="room-people">
      <section aria-labelledby="room-tables">
        <h3 id="room-tables">{t('room.tables')}</h3>
        <ul className="room-tables">
          {sortedTeams.map((team, index) => (
            <li key={team.id}>
              <span className="team-dot" style={{ background: teamColour(team, index) }} aria-hidden />
              <span className="room-table-name">{team.name}</span>
              <span className="room-table-count">{t('room.tableCount', { count: perTable.get(team.id) ?? 0 })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="room-devices">
        <h3 id="room-devices">{t('room.devices')}</h3>
        {devices.length === 0 ? (
          <p className="room-hint">{t('room.noDevices')}</p>
        ) : (
          <table className="room-device-table">
            <thead>
              <tr>
                <th scope="col">{t('room.deviceName')}</th>
                <th scope="col">{t('room.deviceTable')}</th>
                <th scope="col">{t('room.deviceState')}</th>
                <th scope="col">{t('room.deviceSeen')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('room.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {devices.map((device) => {
                const name = device.name || t('room.anonymous');
                return (
                  <tr key={device.id}>
                    <td>{name}</td>
                    <td>{teamName(device.tableId)}</td>
                    <td>
                      <span className={device.online ? 'room-state room-state-online' : 'room-state'}>
                        {device.online ? t('room.online') : t('room.offline')}
                      </span>
                    </td>
                    <td>{time.format(device.lastSeen)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-compact"
                        aria-label={t('room.removeLabel', { name })}
                        onClick={() => dispatchCommand('room.removeDevice', { deviceId: device.id, name })}
                      >
                        {t('room.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {status.refusals.length > 0 && (
        <section aria-labelledby="room-refusals" className="room-refusals">
          <h3 id="room-refusals">{t('room.refusals')}</h3>
          <p className="room-hint">{t('room.refusalsHint')}</p>
          <ul>
            {[...status.refusals]
              .reverse()
              .slice(0, 8)
              .map((refusal, index) => (
                <li key={`${refusal.at}-${index}`}>
                  <time>{time.format(refusal.at)}</time>{' '}
                  {t('room.refusalFrom', { device: deviceName(refusal.deviceId), what: refusalText(refusal) })}
                  {refusal.detail && <span className="room-hint"> ({refusal.detail})</span>}
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
