import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { DebugLogger } from 'builder-util';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FILE_EXTENSION, WORKSHOP_FILE_MIME } from '../../shared/file/workshopFile';
import { releaseMetadata } from '../../scripts/release/releaseMetadata';

// `npm run dist` needs the internet (Electron's program), so only the GitHub workflow builds the installers
// (.github/workflows/desktop.yml); what `npm test` can check offline is that electron-builder itself accepts the configuration and that the icons are what
// each platform needs.

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the desktop packaging (electron-builder.yml)', () => {
  it('is accepted by electron-builder’s own loader and schema', async () => {
    const config = await getConfig(process.cwd(), null, null);
    const quiet = { isEnabled: false, add: () => undefined } as unknown as DebugLogger;
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
    expect(config).toMatchObject({
      appId: 'nl.actieplaat.app',
      productName: 'Actieplaat',
      directories: { buildResources: 'resources' },
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      win: { target: 'nsis' },
      nsis: { perMachine: false, createDesktopShortcut: true },
      mac: { target: 'dmg', category: 'public.app-category.productivity' },
    });
    // The built app only; of node_modules only what main loads at run time, with everything those load
    // in turn (desktop-app.spec.ts checks the built main's imports against the same list).
    const [filter] = config.files as [{ filter: string[] }];
    expect(filter.filter[0]).toBe('out/**');
    const packed = /^!node_modules\/!\(([^)]+)\)\{,\/\*\*\}$/.exec(filter.filter[1]!)![1]!.split('|');
    const needed = runtimeClosure(['zod', 'yjs', 'ws', '@hocuspocus/server']);
    expect(needed.filter((name) => !packed.includes(name) && !packed.includes(name.split('/')[0]!))).toEqual([]);
    expect(packed).not.toContain('react');
  });

  it('flips Electron’s fuses: no running as Node, no NODE_OPTIONS or --inspect, the app only from its checked app.asar', async () => {
    const config = await getConfig(process.cwd(), null, null);
    expect(config.asar).not.toBe(false);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('names no placeholder publisher: the homepage and maintainer come with each build, and a placeholder is refused', async () => {
    const config = await getConfig(process.cwd(), null, null);
    expect(JSON.stringify(config)).not.toMatch(/example\.(org|com|net)|placeholder/i);
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: unknown; author?: unknown };
    const onLinux = { packageJson, args: [], platform: 'linux' as const };

    // A Linux package without them, or with a placeholder, is not built; the message says what to set.
    const without = releaseMetadata({ ...onLinux, env: {} });
    expect(without).toEqual({
      ok: false,
      problems: [expect.stringContaining('ACTIEPLAAT_HOMEPAGE'), expect.stringContaining('ACTIEPLAAT_MAINTAINER')],
    });
    const placeholders = releaseMetadata({
      ...onLinux,
      env: { ACTIEPLAAT_HOMEPAGE: 'https://example.org/actieplaat', ACTIEPLAAT_MAINTAINER: 'Actieplaat <actieplaat@example.org>' },
    });
    expect(placeholders).toEqual({ ok: false, problems: [expect.stringContaining('placeholder'), expect.stringContaining('placeholder')] });
    expect(releaseMetadata({ ...onLinux, env: { ACTIEPLAAT_HOMEPAGE: 'http://actieplaat.nl', ACTIEPLAAT_MAINTAINER: 'Team' } })).toEqual({
      ok: false,
      problems: [expect.stringContaining('https://'), expect.stringContaining('Name <address@domain>')],
    });
    // Windows and macOS installers need neither.
    expect(releaseMetadata({ ...onLinux, env: {}, platform: 'win32' })).toEqual({ ok: true, metadata: undefined, overrides: [] });
    expect(releaseMetadata({ ...onLinux, env: {}, args: ['--mac'] })).toEqual({ ok: true, metadata: undefined, overrides: [] });
    expect(releaseMetadata({ ...onLinux, env: {}, platform: 'darwin', args: ['--linux'] }).ok).toBe(false);

    // As the CI workflow passes them: the repository's page and owner, which electron-builder accepts for a Debian package.
    const fromCi = releaseMetadata({
      ...onLinux,
      env: {
        ACTIEPLAAT_HOMEPAGE: 'https://github.com/actieplaat/actieplaat',
        ACTIEPLAAT_MAINTAINER: 'actieplaat <actieplaat@users.noreply.github.com>',
      },
    });
    expect(fromCi).toEqual({
      ok: true,
      metadata: { homepage: 'https://github.com/actieplaat/actieplaat', maintainer: 'actieplaat <actieplaat@users.noreply.github.com>' },
      overrides: [
        '-c.extraMetadata.homepage=https://github.com/actieplaat/actieplaat',
        '-c.linux.maintainer=actieplaat <actieplaat@users.noreply.github.com>',
      ],
    });
    const built = await getConfig(process.cwd(), null, {
      extraMetadata: { homepage: 'https://github.com/actieplaat/actieplaat' },
      linux: { maintainer: 'actieplaat <actieplaat@users.noreply.github.com>' },
    });
    const quiet = { isEnabled: false, add: () => undefined } as unknown as DebugLogger;
    await expect(validateConfiguration(built, quiet)).resolves.toBeUndefined();
    expect(built.linux).toMatchObject({ maintainer: 'actieplaat <actieplaat@users.noreply.github.com>', target: ['AppImage', 'deb'] });
  });

  it('associates the workshop file with the app, as the app writes it', async () => {
    const config = await getConfig(process.cwd(), null, null);
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: WORKSHOP_FILE_EXTENSION, name: 'Actieplaat-workshop', mimeType: WORKSHOP_FILE_MIME, role: 'Editor' }),
    ]);
  });

  it('has a 1024 × 1024 icon, a Linux set up to 512, a Windows icon with 256 and a macOS icon with 1024', () => {
    expect(pngSize(readFileSync('resources/icon.png'))).toEqual({ width: 1024, height: 1024 });

    const linux = readdirSync('resources/icons').sort((a, b) => parseInt(a) - parseInt(b));
    expect(linux).toEqual(['16x16.png', '24x24.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png']);
    for (const name of linux) {
      const size = parseInt(name);
      expect(pngSize(readFileSync(`resources/icons/${name}`))).toEqual({ width: size, height: size });
    }

    const ico = readFileSync('resources/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const entry = 6 + 16 * index;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      return pngSize(png).width;
    });
    expect(icoSizes).toContain(256);

    const icns = readFileSync('resources/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const icnsTypes = new Map<string, number>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      icnsTypes.set(icns.toString('latin1', offset, offset + 4), pngSize(icns.subarray(offset + 8)).width);
    }
    expect(icnsTypes.get('ic10')).toBe(1024);
    expect(icnsTypes.get('ic07')).toBe(128);
  });
});

/** A package and every package it needs at run time (dependencies and peer dependencies that are installed). */
function runtimeClosure(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const manifest = join('node_modules', name, 'package.json');
    if (seen.has(name) || !existsSync(manifest)) return;
    seen.add(name);
    const { dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    for (const dependency of Object.keys({ ...dependencies, ...peerDependencies })) visit(dependency);
  };
  roots.forEach(visit);
  return [...seen].sort();
}
