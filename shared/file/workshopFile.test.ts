import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { readWorkshopFile } from './readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile, workshopFileName, workshopFileSchema } from './workshopFile';

const data = blankWorkshop({ title: 'Zorg en techniek', organisations: [{ name: 'ASML', kind: 'regulier' }], teamNames: ['Team 1'] });

describe('the workshop file', () => {
  const file = toWorkshopFile(data, { name: 'actieplaat', version: '0.1.0' }, '2026-11-22T14:03:00.000Z');

  it('has the documented envelope and every record', () => {
    expect(Object.keys(file)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'app',
      'workshop',
      'template',
      'teams',
      'participants',
      'assessments',
      'notes',
      'actions',
      'votes',
    ]);
    expect(workshopFileSchema.safeParse(file).success).toBe(true);
  });
  it('reads back as the same workshop', () => {
    const read = readWorkshopFile(new TextEncoder().encode(serializeWorkshopFile(file)));
    expect(read.ok && read.data).toEqual(data);
  });
  it('is named after the workshop and date, without characters file systems refuse', () => {
    expect(workshopFileName('Actieplaat', 'Zorg/techniek: "Brainport"?', '2026-11-22')).toBe(
      'Actieplaat Zorg techniek Brainport 2026-11-22.actieplaat',
    );
    expect(workshopFileName('Actieplan', 'Łukasz en Мария', '2026-11-22', 'pdf')).toBe('Actieplan Łukasz en Мария 2026-11-22.pdf');
  });
});
