import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/host';
import { useHost } from '../host/HostContext';
import { KeyboardHelpButton } from './KeyboardHelp';

/** Version, edition and where the data lives: what a facilitator needs when asking for help. */
export function AppFooter() {
  const { t } = useTranslation();
  const host = useHost();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let current = true;
    void host.appInfo().then((next) => current && setInfo(next));
    return () => {
      current = false;
    };
  }, [host]);
  if (!info) return null;
  return (
    <footer className="app-footer">
      <span>
        {info.name} {info.version} · {t(`app.edition.${info.edition}`)}
      </span>
      <span>{info.dataDirectory ? t('app.dataIn', { folder: info.dataDirectory }) : t('app.dataInBrowser')}</span>
      <KeyboardHelpButton />
    </footer>
  );
}
