import { Copy, Power, RefreshCw, Trash2 } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCode, type LanAddress, type OpenRoomStatus, type RoomStatus } from '../../shared/room/protocol';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormDialog } from '../components/FormDialog';
import { useToast } from '../components/Toasts';
import { useFacilitation } from '../facilitation/facilitationStore';
import { useHost } from '../host/HostContext';
import { useLanguage } from '../i18n/useLanguage';
import { useOpenWorkshop } from '../screens/workshop/WorkshopContext';
import { flushRoomBridge } from './bridgeFlush';
import { QrCode } from './QrCode';
import { RoomDevices } from './RoomDevices';
import { setRoomDialogOpen, useRoomDialogOpen } from './roomDialogStore';
import { useRoomStatus } from './useRoomStatus';
import { dispatchCommand, useCommand } from '../commands/useCommand';

/** The facilitator's room: open it on a network, show the QR code, see who joined, remove a device, close it. */
export function RoomDialog() {
  const { t } = useTranslation();
  const open = useRoomDialogOpen();
  const status = useRoomStatus();
  const { workshop } = useOpenWorkshop();
  const here = status?.state === 'open' && status.workshopId === workshop.id;
  return (
    <FormDialog open={open} onOpenChange={setRoomDialogOpen} title={t('room.title')} wide>
      <div className="room-dialog">{here ? <OpenRoom status={status} /> : <ClosedRoom status={status} />}</div>
    </FormDialog>
  );
}

function ClosedRoom({ status }: { status: RoomStatus | undefined }) {
  const { t } = useTranslation();
  const room = useHost().room;
  const { workshop } = useOpenWorkshop();
  const [addresses, setAddresses] = useState<LanAddress[] | undefined>();
  const [chosen, setChosen] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const id = useId();

  useEffect(() => {
    let current = true;
    room?.addresses().then(
      (found) => {
        if (!current) return;
        setAddresses(found);
        const previous = status?.state === 'closed' && status.resumable?.workshopId === workshop.id ? status.resumable.address : undefined;
        setChosen((already) => already ?? found.find((address) => address.address === previous)?.address ?? found[0]?.address);
      },
      () => current && setAddresses([]),
    );
    return () => {
      current = false;
    };
  }, [room, status, workshop.id]);

  const otherRoom = status?.state === 'open' && status.workshopId !== workshop.id;
  const error = failure ?? (status?.state === 'closed' ? status.error : undefined) ?? (room ? undefined : 'no-room-server');
  const resumable = status?.state === 'closed' && status.resumable?.workshopId === workshop.id;
  const knownError = knownErrors.find((known) => known === error);

  const openRoom = async () => {
    if (!room || !chosen) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await room.open({ workshopId: workshop.id, address: chosen });
      if (result.state === 'closed') setFailure(result.error ?? 'unknown');
    } catch (problem) {
      setFailure(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };

  useCommand('room.start', openRoom, Boolean(chosen) && !busy && !otherRoom);

  return (
    <>
      <p>{t('room.intro')}</p>
      <p className="room-hint">{t('room.network')}</p>
      {otherRoom && <p className="form-error">{t('room.otherWorkshop')}</p>}
      {addresses === undefined && room && <p className="loading">{t('room.loadingAddresses')}</p>}
      {addresses?.length === 0 && <p className="form-error">{t('room.noAddresses')}</p>}
      {addresses && addresses.length > 0 && (
        <fieldset className="room-addresses">
          <legend>{t('room.addressLegend')}</legend>
          {addresses.map((address) => (
            <label key={address.address} className="radio-row">
              <input
                type="radio"
                name={`${id}-address`}
                value={address.address}
                checked={chosen === address.address}
                onChange={() => setChosen(address.address)}
              />
              <span>
                <strong>{address.interface}</strong> {address.address}
                {isLoopback(address.address) && <span className="room-hint"> — {t('room.loopback')}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {resumable && <p className="room-hint">{t('room.resume')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {knownError ? t(`room.errors.${knownError}`) : t('room.errors.unknown', { message: error })}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!chosen || busy || otherRoom}
          onClick={() => dispatchCommand('room.start')}
        >
          <Power aria-hidden size={18} />
          {busy ? t('room.opening') : t('room.open')}
        </button>
      </div>
    </>
  );
}

const knownErrors = [
  'address-in-use',
  'address-unavailable',
  'no-participant-page',
  'no-room-server',
  'other-room',
  'storage-unavailable',
] as const;

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

function OpenRoom({ status }: { status: OpenRoomStatus }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const room = useHost().room;
  const toast = useToast();
  const { workshop } = useOpenWorkshop();
  const [facilitation] = useFacilitation(workshop.id);
  const [confirm, setConfirm] = useState<'close' | 'newCode' | null>(null);
  // Both ask first: the commands open their confirmation.
  useCommand('room.newCode', () => setConfirm('newCode'));
  useCommand('room.close', () => setConfirm('close'));
  useCommand('room.copyLink', () =>
    navigator.clipboard?.writeText(status.joinUrl).then(
      () => toast({ message: t('room.copied') }),
      () => undefined,
    ),
  );
  const address = status.joinUrl.replace(/^http:\/\//, '').replace(/\/#.*$/, '');

  return (
    <div className="room-open">
      <div className="room-join">
        <QrCode className="room-qr" text={status.joinUrl} label={t('room.qrLabel', { url: status.joinUrl })} />
        <p className="room-scan">{t('room.scan')}</p>
        <p className="room-hint">{t('room.orType', { address })}</p>
        <p className="room-code" aria-label={t('room.code')} lang="en">
          {groupCode(status.code)}
        </p>
        <div className="room-join-actions">
          <button type="button" className="button button-secondary button-compact" onClick={() => dispatchCommand('room.copyLink')}>
            <Copy aria-hidden size={16} />
            {t('room.copyLink')}
          </button>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={facilitation.joinSlide}
              onChange={(event) => dispatchCommand('present.joinSlide', { on: event.target.checked })}
            />
            {t('room.showOnProjector')}
          </label>
        </div>
      </div>
      <RoomDevices status={status} language={language} />
      <div className="dialog-actions room-actions">
        <button type="button" className="button button-secondary" onClick={() => dispatchCommand('room.newCode')}>
          <RefreshCw aria-hidden size={18} />
          {t('room.newCode')}
        </button>
        <button type="button" className="button button-danger" onClick={() => dispatchCommand('room.close')}>
          <Trash2 aria-hidden size={18} />
          {t('room.close')}
        </button>
      </div>
      {confirm === 'newCode' && (
        <ConfirmDialog
          title={t('room.newCodeConfirm.title')}
          body={t('room.newCodeConfirm.body', { count: status.devices.length })}
          confirmLabel={t('room.newCodeConfirm.confirm')}
          onClose={() => setConfirm(null)}
          onConfirm={() => void room?.newCode()}
        />
      )}
      {confirm === 'close' && (
        <ConfirmDialog
          title={t('room.closeConfirm.title')}
          body={t('room.closeConfirm.body')}
          confirmLabel={t('room.closeConfirm.confirm')}
          onClose={() => setConfirm(null)}
          onConfirm={() => {
            dispatchCommand('present.joinSlide', { on: false });
            // What phones sent last is stored first: closing removes the room's documents.
            void flushRoomBridge(workshop.id)
              .then(() => room?.close())
              .then(() => toast({ message: t('room.closed') }));
          }}
        />
      )}
    </div>
  );
}
