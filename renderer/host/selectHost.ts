import type { Host } from '../../shared/host';
import { BRIDGE_KEY, type ActieplaatBridge } from '../../shared/bridge';
import { createBrowserHost } from './browserHost';
import { createElectronHost } from './electronHost';

/** Chosen once at start-up: the desktop bridge when the preload exposed it, the browser otherwise. */
export function selectHost(scope: Window, version: string): Host {
  const bridge = (scope as unknown as Record<string, ActieplaatBridge | undefined>)[BRIDGE_KEY];
  return bridge ? createElectronHost(bridge) : createBrowserHost(version);
}
