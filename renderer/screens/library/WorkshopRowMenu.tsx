import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Copy, History, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../../shared/commands/registry';
import type { Workshop } from '../../../shared/model/workshop';
import { dispatchCommand } from '../../commands/useCommand';

/**
 * A library row's menu: the library's commands for this workshop, run through the dispatcher like their
 * keys and the desktop menu. `defaultOpen` when the user asked for it before it had loaded.
 */
export function WorkshopRowMenu({ workshop, defaultOpen }: { workshop: Workshop; defaultOpen: boolean }) {
  const { t } = useTranslation();
  const title = workshop.title;
  const run = (id: CommandId) => () => void dispatchCommand(id, workshop);
  // Not modal: a dialog it opens takes the focus, which a modal menu would take back as it closes.
  return (
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger className="icon-button" aria-label={t('common.moreActions', { name: title })}>
        <MoreHorizontal aria-hidden size={20} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Item className="menu-item" onSelect={run('workshop.rename')}>
            <Pencil aria-hidden size={16} />
            {t('library.rename')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={run('workshop.duplicate')}>
            <Copy aria-hidden size={16} />
            {t('library.duplicate')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={run('workshop.followUp')} title={t('followUp.hint')}>
            <History aria-hidden size={16} />
            {t('followUp.start')}
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={run('workshop.delete')}>
            <Trash2 aria-hidden size={16} />
            {t('common.delete')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
