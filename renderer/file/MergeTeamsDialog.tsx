import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDecision, planMerge, type MergePlan, type TeamDecision } from '../../shared/file/mergeTeams';
import { DialogButtons, FormDialog } from '../components/FormDialog';
import { useToast } from '../components/Toasts';
import { useCommandManager } from '../commands/CommandManagerContext';
import { workshopRepository } from '../data';
import { setPendingMerge, type PendingMerge } from './pendingMerge';

/** Teams that need a choice first, then new ones; identical ones (skipped) last. */
const statusOrder = { conflict: 0, new: 1, identical: 2 } as const;

/**
 * Which of the file's teams come in, and how: new teams are added, identical ones skipped, and for
 * each team that exists with other content the facilitator chooses replace, keep both or skip.
 */
export function MergeTeamsDialog({ pending, workshopTitle }: { pending: PendingMerge; workshopTitle: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const manager = useCommandManager();
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [decisions, setDecisions] = useState<Record<string, TeamDecision | undefined>>({});
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void manager.settled().then(async () => {
      const current = await workshopRepository.load(pending.workshopId);
      if (!current || cancelled) return;
      const next = planMerge(current, pending.incoming);
      setPlan(next);
      setDecisions(Object.fromEntries(next.candidates.map((candidate) => [candidate.team.id, defaultDecision(candidate)])));
    });
    return () => {
      cancelled = true;
    };
  }, [manager, pending]);

  const undecided = useMemo(
    () => plan?.candidates.filter((candidate) => decisions[candidate.team.id] === undefined) ?? [],
    [plan, decisions],
  );
  const merging =
    plan?.candidates.filter((candidate) => ['add', 'replace', 'keep-both'].includes(decisions[candidate.team.id] ?? '')) ?? [];
  const close = () => setPendingMerge(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!plan || undecided.length > 0 || (merging.length === 0 && plan.teamlessActions === 0)) return;
    setBusy(true);
    try {
      const chosen = Object.fromEntries(
        Object.entries(decisions).filter((entry): entry is [string, TeamDecision] => entry[1] !== undefined),
      );
      await manager.execute('mergeTeams', { incoming: pending.incoming, decisions: chosen });
      close();
      toast({
        message: t('importFile.merge.done', { count: merging.length }),
        undo: () => void manager.run('undo'),
      });
    } finally {
      setBusy(false);
    }
  };

  const decisionLabels: Record<TeamDecision, string> = {
    add: t('importFile.merge.decision.add'),
    replace: t('importFile.merge.decision.replace'),
    'keep-both': t('importFile.merge.decision.keepBoth'),
    skip: t('importFile.merge.decision.skip'),
  };

  return (
    <FormDialog
      open
      wide
      onOpenChange={(open) => !open && close()}
      title={t('importFile.merge.title')}
      description={t('importFile.merge.body', { file: pending.fileName, title: workshopTitle })}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        {plan && !plan.sameWorkshop && (
          <p className="notice">{t('importFile.merge.otherWorkshop', { title: pending.incoming.workshop.title })}</p>
        )}
        {plan && (
          <ul className="merge-teams">
            {[...plan.candidates]
              .sort((a, b) => statusOrder[a.status] - statusOrder[b.status])
              .map((candidate) => {
                const options: TeamDecision[] =
                  candidate.status === 'new' ? ['add', 'skip'] : candidate.status === 'conflict' ? ['replace', 'keep-both', 'skip'] : [];
                const missing = tried && decisions[candidate.team.id] === undefined;
                return (
                  <li key={candidate.team.id} className={missing ? 'merge-team merge-team-missing' : 'merge-team'}>
                    <div className="merge-team-head">
                      <span className="team-dot" style={{ background: candidate.team.colour ?? 'var(--muted)' }} aria-hidden />
                      <strong>{candidate.team.name}</strong>
                      <span className={`merge-status merge-status-${candidate.status}`}>
                        {t(`importFile.merge.status.${candidate.status}`, { name: candidate.existingName ?? '' })}
                      </span>
                    </div>
                    <p className="muted">{t('importFile.merge.counts', candidate.counts)}</p>
                    {options.length > 0 && (
                      <fieldset className="decisions" aria-invalid={missing || undefined}>
                        <legend className="visually-hidden">{t('importFile.merge.decisionFor', { name: candidate.team.name })}</legend>
                        {options.map((option) => (
                          <label key={option} className="decision">
                            <input
                              type="radio"
                              name={`decision-${candidate.team.id}`}
                              value={option}
                              checked={decisions[candidate.team.id] === option}
                              onChange={() => setDecisions((current) => ({ ...current, [candidate.team.id]: option }))}
                            />
                            <span>{decisionLabels[option]}</span>
                          </label>
                        ))}
                      </fieldset>
                    )}
                  </li>
                );
              })}
          </ul>
        )}
        {plan && plan.teamlessActions > 0 && <p className="muted">{t('importFile.merge.teamless', { count: plan.teamlessActions })}</p>}
        {tried && undecided.length > 0 && (
          <p className="merge-error" role="alert">
            {t('importFile.merge.chooseEach')}
          </p>
        )}
        {tried && undecided.length === 0 && merging.length === 0 && plan?.teamlessActions === 0 && (
          <p className="merge-error" role="alert">
            {t('importFile.merge.nothing')}
          </p>
        )}
        <DialogButtons submitLabel={t('importFile.merge.submit')} busy={busy || !plan} />
      </form>
    </FormDialog>
  );
}
