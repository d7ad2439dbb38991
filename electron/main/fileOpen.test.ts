import { describe, expect, it } from 'vitest';
import { workshopFileFromArgv } from './fileOpen';

describe('a workshop file on the command line', () => {
  it('is found after the executable, packaged or not, relative paths resolved', () => {
    expect(workshopFileFromArgv(['/opt/Actieplaat/actieplaat', '/home/sanne/Zorg.actieplaat'], '/home/sanne')).toBe(
      '/home/sanne/Zorg.actieplaat',
    );
    expect(workshopFileFromArgv(['electron', 'out/main/index.js', 'Zorg.actieplaat'], '/home/sanne/Bureaublad')).toBe(
      '/home/sanne/Bureaublad/Zorg.actieplaat',
    );
  });

  it('ignores switches, other files and the executable itself', () => {
    expect(
      workshopFileFromArgv(['/opt/Actieplaat/actieplaat', '--allow-file-access-from-files', '--profile=x.actieplaat'], '/'),
    ).toBeUndefined();
    expect(workshopFileFromArgv(['/opt/Actieplaat/actieplaat', 'notes.txt'], '/')).toBeUndefined();
    expect(workshopFileFromArgv(['C:\\Actieplaat.actieplaat'], 'C:\\')).toBeUndefined();
  });

  it('takes the last file when several are given, whatever the case of the extension', () => {
    expect(workshopFileFromArgv(['app', '/a/Een.actieplaat', '/a/Twee.ACTIEPLAAT'], '/')).toBe('/a/Twee.ACTIEPLAAT');
  });
});
