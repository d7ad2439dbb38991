import * as Toast from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastMessage {
  message: string;
  /** "Ongedaan maken" offered with the message: takes back what it tells of, and closes the toast when chosen. */
  undo?: () => void;
  /** Once, when the toast goes without its undo chosen: timed out, closed, or pushed out by newer toasts. */
  onExpire?: () => void;
}

interface ShownToast extends ToastMessage {
  id: number;
}

const ToastContext = createContext<((toast: ToastMessage) => void) | null>(null);

/** Announces short confirmations politely to screen readers, with an optional action such as undo. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  // The toasts shown, as the latest update left them (updates with side effects read this, not the state).
  const shown = useRef<ShownToast[]>([]);
  const settled = useRef(new Set<number>());
  const settle = useCallback((toast: ShownToast, actionChosen: boolean) => {
    if (settled.current.has(toast.id)) return;
    settled.current.add(toast.id);
    if (!actionChosen) toast.onExpire?.();
  }, []);
  const update = useCallback((next: ShownToast[]) => {
    shown.current = next;
    setToasts(next);
  }, []);
  const show = useCallback(
    (toast: ToastMessage) => {
      // At most three at a time: the oldest goes, and with it the chance to choose its action.
      shown.current.slice(0, -2).forEach((old) => settle(old, false));
      update([...shown.current.slice(-2), { ...toast, id: Date.now() + Math.random() }]);
    },
    [settle, update],
  );
  const dismiss = (id: number) => {
    const toast = shown.current.find((candidate) => candidate.id === id);
    if (toast) settle(toast, false);
    update(shown.current.filter((candidate) => candidate.id !== id));
  };
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      <Toast.Provider duration={8000} label={t('common.close')}>
        {children}
        {toasts.map((toast) => (
          <Toast.Root key={toast.id} className="toast" onOpenChange={(open) => !open && dismiss(toast.id)}>
            <Toast.Description className="toast-message">{toast.message}</Toast.Description>
            {toast.undo && (
              <Toast.Action asChild altText={t('common.undo')}>
                <button
                  type="button"
                  className="button button-ghost-inverse"
                  onClick={() => {
                    settle(toast, true);
                    toast.undo?.();
                  }}
                >
                  {t('common.undo')}
                </button>
              </Toast.Action>
            )}
            <Toast.Close className="icon-button icon-button-inverse" aria-label={t('common.close')}>
              <X aria-hidden size={18} />
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastMessage) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast outside <ToastProvider>');
  return show;
}
