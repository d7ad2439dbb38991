import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Copy, History, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** What a workshop's row offers, beside opening it. */
export interface RowCommands {
  onRename(): void;
  onDuplicate(): void;
  onFollowUp(): void;
  onDelete(): void;
}

/** A library row's menu; `defaultOpen` when the user asked for it before it had loaded. */
export function WorkshopRowMenu({
  title,
  defaultOpen,
  onRename,
  onDuplicate,
  onFollowUp,
  onDelete,
}: RowCommands & { title: string; defaultOpen: boolean }) {
  const { t } = useTranslation();
  // Not modal: a dialog it opens takes the focus, which a modal menu would take back as it closes.
  return (
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger className="icon-button" aria-label={t('common.moreActions', { name: title })}>
        <MoreHorizontal aria-hidden size={20} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Item className="menu-item" onSelect={onRename}>
            <Pencil aria-hidden size={16} />
            {t('library.rename')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={onDuplicate}>
            <Copy aria-hidden size={16} />
            {t('library.duplicate')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={onFollowUp} title={t('followUp.hint')}>
            <History aria-hidden size={16} />
            {t('followUp.start')}
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={onDelete}>
            <Trash2 aria-hidden size={16} />
            {t('common.delete')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
