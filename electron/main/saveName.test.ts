import { describe, expect, it } from 'vitest';
import { safeSaveName } from './saveName';

describe('the name a save dialog suggests', () => {
  it('keeps a good name as it is', () => {
    expect(safeSaveName('Actieplan Zorgreserve 2026-12-01.pdf', 'pdf')).toBe('Actieplan Zorgreserve 2026-12-01.pdf');
  });

  it('is only a base name: no folder of the renderer’s choosing reaches the dialog', () => {
    expect(safeSaveName('../../../.ssh/authorized_keys.pdf', 'pdf')).toBe('authorized_keys.pdf');
    expect(safeSaveName('C:\\Windows\\System32\\plan.csv', 'csv')).toBe('plan.csv');
    expect(safeSaveName('/etc/', 'csv')).toBe('etc.csv');
  });

  it('loses control and text-direction characters, so what the dialog shows is what is saved', () => {
    expect(safeSaveName('Actieplan\u202Efdp.exe', 'pdf')).toBe('Actieplanfdp.exe.pdf');
    expect(safeSaveName('Acties\u0000\u0007\n2026\u2066.csv', 'csv')).toBe('Acties 2026.csv');
  });

  it('ends in its filter’s extension, and stays under 200 bytes whatever the script', () => {
    expect(safeSaveName('Acties', 'xlsx')).toBe('Acties.xlsx');
    const long = safeSaveName(`${'Зорг '.repeat(100)}.actieplaat`, 'actieplaat');
    expect(new TextEncoder().encode(long).byteLength).toBeLessThan(200);
    expect(long.endsWith('.actieplaat')).toBe(true);
    expect(safeSaveName('\u202E\u0000 ', 'pdf')).toBe('Actieplaat.pdf');
  });
});
