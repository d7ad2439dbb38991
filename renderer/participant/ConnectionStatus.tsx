import { WifiOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './connection';

/**
 * Whether this phone reaches the room. Not connected: a banner that says the changes are kept;
 * connected: a quiet line. One live region, so a screen reader hears each change once.
 */
export function ConnectionStatus({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={`pp-connection pp-connection-${connection}`} data-testid="connection-status" data-connection={connection}>
      {connection === 'offline' ? (
        <>
          <WifiOff aria-hidden size={20} />
          <span>{t('participant.connection.offline')}</span>
        </>
      ) : (
        <span>{t(connection === 'online' ? 'participant.connection.online' : 'participant.connection.connecting')}</span>
      )}
    </div>
  );
}
