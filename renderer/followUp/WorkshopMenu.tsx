import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { History, MoreHorizontal } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/model/workshop';
import { StartFollowUpDialog } from './StartFollowUpDialog';

/** The open workshop's own menu, beside its title: what is done with the workshop as a whole. */
export function WorkshopMenu({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const [followingUp, setFollowingUp] = useState(false);
  return (
    <>
      {/* Not modal: the dialog it opens takes the focus, which a modal menu would take back as it closes. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="icon-button workshop-menu" aria-label={t('common.moreActions', { name: workshop.title })}>
          <MoreHorizontal aria-hidden size={20} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="start" sideOffset={4}>
            <DropdownMenu.Item className="menu-item" onSelect={() => setFollowingUp(true)} title={t('followUp.hint')}>
              <History aria-hidden size={16} />
              {t('followUp.start')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {followingUp && <StartFollowUpDialog workshop={workshop} onClose={() => setFollowingUp(false)} />}
    </>
  );
}
