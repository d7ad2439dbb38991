import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown, FileDown, FileSpreadsheet, FileText, FileUp, Share2, Sheet } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispatchCommand, useCommand } from '../../commands/useCommand';
import { PdfExportDialog } from '../../file/PdfExportDialog';
import { useExports } from '../../file/useExports';
import { useOpenWorkshop } from './WorkshopContext';

/** Exports (PDF action plan, the actions as CSV and Excel workbook, workshop file) and import, in one menu of the workshop bar. */
export function ShareMenu() {
  const { t } = useTranslation();
  const { workshop, sortedTeams } = useOpenWorkshop();
  const exports = useExports(workshop);
  const [pdfOpen, setPdfOpen] = useState(false);

  // Bestand › Exporteren in the desktop menu and the keys run the same commands as this menu's items.
  useCommand('export.pdf', () => setPdfOpen(true));
  useCommand('export.csv', () => exports.csv());
  useCommand('export.xlsx', () => exports.xlsx());
  useCommand('export.workshopFile', () => exports.workshopFile());

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="button button-secondary button-compact" title={t('share.label')}>
          <Share2 aria-hidden size={18} />
          <span className="button-label">{t('share.button')}</span>
          <ChevronDown aria-hidden size={16} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4} aria-label={t('share.label')}>
            <DropdownMenu.Item className="menu-item" onSelect={() => dispatchCommand('export.pdf')} title={t('exportPdf.hint')}>
              <FileText aria-hidden size={16} />
              {t('exportPdf.menuItem')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => dispatchCommand('export.csv')} title={t('exportCsv.hint')}>
              <FileSpreadsheet aria-hidden size={16} />
              {t('exportCsv.button')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => dispatchCommand('export.xlsx')} title={t('exportXlsx.hint')}>
              <Sheet aria-hidden size={16} />
              {t('exportXlsx.button')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => dispatchCommand('export.workshopFile')} title={t('exportFile.hint')}>
              <FileDown aria-hidden size={16} />
              {t('exportFile.button')}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item className="menu-item" onSelect={() => dispatchCommand('workshop.import')} title={t('importFile.hint')}>
              <FileUp aria-hidden size={16} />
              {t('share.import')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {pdfOpen && (
        <PdfExportDialog teams={sortedTeams} language={workshop.language} onClose={() => setPdfOpen(false)} onExport={exports.pdf} />
      )}
    </>
  );
}
