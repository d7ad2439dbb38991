import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, isRunning, remaining, type TimerState } from '../../shared/facilitation/timer';
import { useNow } from './useNow';

/** A short rising chime, made on the spot: no sound file, nothing to download. */
function chime(): void {
  try {
    const context = new AudioContext();
    [660, 880, 990].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, context.currentTime + index * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.3, context.currentTime + index * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + index * 0.18 + 0.5);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(context.currentTime + index * 0.18);
      oscillator.stop(context.currentTime + index * 0.18 + 0.55);
    });
  } catch {
    // No audio device: the visual signal remains.
  }
}

/** The round timer's face; large on the projector, discreet on the laptop. At zero it says so and flashes. */
export function RoundClock({ timer, size, playSound = false }: { timer: TimerState; size: 'large' | 'small'; playSound?: boolean }) {
  const { t } = useTranslation();
  const now = useNow(isRunning(timer));
  const left = remaining(timer, now);
  const done = left <= 0 && timer.durationMs > 0;
  const chimed = useRef(done);
  useEffect(() => {
    if (done && !chimed.current && playSound && timer.sound) chime();
    chimed.current = done;
  }, [done, playSound, timer.sound]);
  return (
    <div
      className={`round-clock round-clock-${size}${done ? ' round-clock-done' : ''}${isRunning(timer) ? '' : ' round-clock-paused'}`}
      role="timer"
      aria-label={t('timer.label')}
    >
      <span className="round-clock-time">{formatClock(left)}</span>
      {done && <span className="round-clock-message">{t('timer.done')}</span>}
    </div>
  );
}
