import * as Toast from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastMessage {
  message: string;
  /** An undo (or other) action offered with the message; it closes the toast when chosen. */
  action?: { label: string; perform: () => void };
}

interface ShownToast extends ToastMessage {
  id: number;
}

const ToastContext = createContext<((toast: ToastMessage) => void) | null>(null);

/** Announces short confirmations politely to screen readers, with an optional action such as undo. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const show = useCallback((toast: ToastMessage) => {
    setToasts((current) => [...current.slice(-2), { ...toast, id: Date.now() + Math.random() }]);
  }, []);
  const dismiss = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      <Toast.Provider duration={8000} label={t('common.close')}>
        {children}
        {toasts.map((toast) => (
          <Toast.Root key={toast.id} className="toast" onOpenChange={(open) => !open && dismiss(toast.id)}>
            <Toast.Description className="toast-message">{toast.message}</Toast.Description>
            {toast.action && (
              <Toast.Action asChild altText={toast.action.label}>
                <button type="button" className="button button-ghost-inverse" onClick={toast.action.perform}>
                  {toast.action.label}
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
