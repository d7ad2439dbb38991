import { ChevronRight } from 'lucide-react';
import { useState, type ReactNode } from 'react';

/**
 * A part of the screen that folds away, and whether it is open, remembered on this computer under `key`
 * (a facilitator who unfolds the controls once finds them unfolded the next time).
 */
export function useRememberedOpen(key: string, openAtFirst: boolean): [boolean, () => void] {
  const [open, setOpen] = useState(() => {
    const stored = localStorage.getItem(key);
    return stored === null ? openAtFirst : stored === '1';
  });
  const toggle = () =>
    setOpen((was) => {
      localStorage.setItem(key, was ? '0' : '1');
      return !was;
    });
  return [open, toggle];
}

/**
 * The button that folds a part of the screen away and back: a real button, its name what it shows,
 * `aria-expanded` whether it is open; the chevron beside the name is drawn, never read.
 */
export function DisclosureButton({
  open,
  controls,
  onToggle,
  className,
  children,
}: {
  open: boolean;
  /** The id of the part it folds; named only while that part is on the page. */
  controls: string;
  onToggle(): void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`disclosure-button${className ? ` ${className}` : ''}`}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      <ChevronRight aria-hidden size={16} className="disclosure-chevron" />
      {children}
    </button>
  );
}
