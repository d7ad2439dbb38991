import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/file/importLimits';
import { openedFile } from './openedFile';

describe('a file picked or dropped in the page', () => {
  it('is read when it is within the import’s cap', async () => {
    const file = new File(['{"format":"actieplaat.workshop"}'], 'Zorg.actieplaat');
    const opened = await openedFile(file);
    expect(opened.name).toBe('Zorg.actieplaat');
    expect(new TextDecoder().decode(opened.bytes)).toBe('{"format":"actieplaat.workshop"}');
    expect(opened.tooLargeBytes).toBeUndefined();
  });

  it('is not read at all when it is over the cap: it goes by its size, to be refused as too large', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'Groot.actieplaat', size: MAX_IMPORT_BYTES + 1, arrayBuffer } as unknown as File;
    expect(await openedFile(huge)).toEqual({ name: 'Groot.actieplaat', bytes: new Uint8Array(0), tooLargeBytes: MAX_IMPORT_BYTES + 1 });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});
