/**
 * The start-up bundle: the JavaScript a built page loads before its first paint. Statically, that is its
 * module script and the modules it preloads (index.html's `<script type="module" src>` and
 * `<link rel="modulepreload" href>`); the app's figure takes what the browser fetched before the first
 * contentful paint instead, which also counts a chunk imported on the way (the language's catalog).
 * Each file gzipped at level 9 as a server would send it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type UserConfig } from 'vite';

export interface BundleSize {
  /** Sum of the files' gzip sizes, bytes. */
  gzip: number;
  files: { file: string; bytes: number; gzip: number }[];
}

/** The start-up scripts a built index.html names, as paths relative to its folder. */
export function startupScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set([...scripts, ...preloads])].map((path) => path.replace(/^\.\//, ''));
}

export async function startupBundle(outDir: string): Promise<BundleSize> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  return await bundleOf(outDir, startupScripts(html));
}

/** The given built files (paths relative to outDir), each gzipped at level 9. */
export async function bundleOf(outDir: string, names: readonly string[]): Promise<BundleSize> {
  const files = await Promise.all(
    names.map(async (file) => {
      const bytes = await readFile(join(outDir, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  return { gzip: files.reduce((sum, file) => sum + file.gzip, 0), files };
}

/**
 * The floor any React page pays: React and ReactDOM rendering one element, built with the renderer's
 * own Vite settings (same plugins, target and minifier) into a folder of its own.
 */
export async function reactOnlyBundle(rendererConfig: UserConfig, scratch: string): Promise<BundleSize> {
  await mkdir(scratch, { recursive: true });
  const source = await mkdtemp(join(scratch, 'bench-react-only-'));
  try {
    await writeFile(
      join(source, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><title>React</title></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
    );
    await writeFile(
      join(source, 'main.js'),
      "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(createElement('p', null, 'React'));\n",
    );
    const outDir = join(source, 'out');
    await build({
      configFile: false,
      logLevel: 'warn',
      root: source,
      base: './',
      plugins: rendererConfig.plugins,
      build: { outDir, emptyOutDir: true, target: rendererConfig.build?.target, minify: true },
    });
    return await startupBundle(outDir);
  } finally {
    await rm(source, { recursive: true, force: true });
  }
}
