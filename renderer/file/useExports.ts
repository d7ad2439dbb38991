import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveFileResult } from '../../shared/host';
import type { Workshop } from '../../shared/model/workshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import { useCommandManager } from '../commands/CommandManagerContext';
import { useToast } from '../components/Toasts';
import { flushPendingText } from '../components/useCommittedText';
import { workshopRepository } from '../data';
import { useHost } from '../host/HostContext';
import { textsIn } from '../i18n/setup';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface PdfChoice {
  teamId?: string;
  includeNotes: boolean;
}

/**
 * The workshop's exports (workshop file, the actions as CSV and as Excel workbook, PDF action plan), each saved through
 * the Host: a save dialog on the desktop, a download in the browser. Text still being typed is saved
 * first, and the code of each export loads only when it is used.
 */
export function useExports(workshop: Workshop) {
  const { t, i18n } = useTranslation();
  const host = useHost();
  const toast = useToast();
  const manager = useCommandManager();

  const current = useCallback(async (): Promise<WorkshopData | undefined> => {
    flushPendingText();
    await manager.settled();
    return workshopRepository.load(workshop.id);
  }, [manager, workshop.id]);

  const report = useCallback(
    (result: SaveFileResult) => {
      if (result.status === 'saved') toast({ message: t('exportFile.saved', { name: result.fileName }) });
      if (result.status === 'failed') toast({ message: t(`exportFile.failed.${result.reason}`) });
    },
    [t, toast],
  );

  const workshopFile = useCallback(async () => {
    const [file, data, info] = await Promise.all([import('../../shared/file/workshopFile'), current(), host.appInfo()]);
    if (!data) return;
    const text = file.serializeWorkshopFile(
      file.toWorkshopFile(data, { name: 'actieplaat', version: info.version }, new Date().toISOString()),
    );
    report(
      await host.saveFile({
        suggestedName: file.workshopFileName(t('exportFile.prefix'), workshop.title, workshop.date),
        mimeType: file.WORKSHOP_FILE_MIME,
        filter: { name: t('exportFile.filter'), extensions: [file.WORKSHOP_FILE_EXTENSION] },
        bytes: new TextEncoder().encode(text),
      }),
    );
  }, [current, host, report, t, workshop.date, workshop.title]);

  const csv = useCallback(
    async (teamId?: string) => {
      const [{ actionsCsv }, { actionSheetTexts }, { workshopFileName }, data] = await Promise.all([
        import('../../shared/export/actionsCsv'),
        import('../../shared/export/actionSheet'),
        import('../../shared/file/workshopFile'),
        current(),
      ]);
      if (!data) return;
      // The file is for the workshop's readers: its words are in the workshop's language.
      const language = data.workshop.language;
      const text = actionsCsv(data, language, actionSheetTexts(language), teamId);
      report(
        await host.saveFile({
          suggestedName: workshopFileName((await textsIn(i18n, language))('exportCsv.prefix'), workshop.title, workshop.date, 'csv'),
          mimeType: 'text/csv;charset=utf-8',
          filter: { name: t('exportCsv.filter'), extensions: ['csv'] },
          bytes: new TextEncoder().encode(text),
        }),
      );
    },
    [current, host, i18n, report, t, workshop.date, workshop.title],
  );

  /** The actions as an Excel workbook, in the workshop's language like the CSV. */
  const xlsx = useCallback(
    async (teamId?: string) => {
      const [{ buildActionsWorkbook }, { workshopFileName }, data] = await Promise.all([
        import('../export/xlsx/actionsWorkbook'),
        import('../../shared/file/workshopFile'),
        current(),
      ]);
      if (!data) return;
      const bytes = await buildActionsWorkbook(data, { ...(teamId === undefined ? {} : { teamId }), exportedAt: new Date() });
      report(
        await host.saveFile({
          suggestedName: workshopFileName(
            (await textsIn(i18n, data.workshop.language))('exportCsv.prefix'),
            workshop.title,
            workshop.date,
            'xlsx',
          ),
          mimeType: XLSX_MIME,
          filter: { name: t('exportXlsx.filter'), extensions: ['xlsx'] },
          bytes,
        }),
      );
    },
    [current, host, i18n, report, t, workshop.date, workshop.title],
  );

  const pdf = useCallback(
    async (choice: PdfChoice) => {
      try {
        const [{ buildActionPlanPdf }, { workshopFileName }, data] = await Promise.all([
          import('../export/pdf/actionPlanPdf'),
          import('../../shared/file/workshopFile'),
          current(),
        ]);
        if (!data) return;
        const bytes = await buildActionPlanPdf(data, { ...choice, exportedAt: new Date() });
        const wt = await textsIn(i18n, data.workshop.language);
        const team = choice.teamId === undefined ? undefined : data.teams.find((candidate) => candidate.id === choice.teamId)?.name;
        report(
          await host.saveFile({
            suggestedName: workshopFileName(
              wt('exportPdf.prefix'),
              team ? `${workshop.title} ${team}` : workshop.title,
              workshop.date,
              'pdf',
            ),
            mimeType: 'application/pdf',
            filter: { name: t('exportPdf.filter'), extensions: ['pdf'] },
            bytes: bytes as Uint8Array<ArrayBuffer>,
          }),
        );
      } catch (error) {
        toast({ message: t('exportPdf.failed', { message: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [current, host, i18n, report, t, toast, workshop.date, workshop.title],
  );

  return { workshopFile, csv, xlsx, pdf };
}
