// Who publishes the installers, for the packages that must say so (a Debian package needs a homepage and
// a maintainer with an e-mail address). The project has no site of its own yet, so nothing is written
// into electron-builder.yml: `npm run dist` takes them from the environment (the CI workflow passes the
// repository's own page and owner) or from package.json's `homepage` and `author`, and refuses a
// placeholder rather than put one into a package that people install.

export interface ReleaseMetadata {
  homepage: string;
  /** `Name <address>`, as Debian's Maintainer field has it. */
  maintainer: string;
}

export interface MetadataSources {
  env: Record<string, string | undefined>;
  packageJson: { homepage?: unknown; author?: unknown };
  /** electron-builder's arguments, for the platforms asked for (`--linux`, `-w`, …). */
  args: readonly string[];
  platform: NodeJS.Platform;
}

export type MetadataResult = { ok: true; metadata: ReleaseMetadata | undefined; overrides: string[] } | { ok: false; problems: string[] };

/** Domains reserved for examples and tests (RFC 2606, RFC 6761), and what else no installer may point at. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$/i;
const MAINTAINER = /^([^<>]+?)\s*<([^<>\s@]+)@([^<>\s@]+\.[^<>\s@]+)>$/;

function authorText(author: unknown): string | undefined {
  if (typeof author === 'string') return author;
  if (author && typeof author === 'object') {
    const { name, email } = author as { name?: unknown; email?: unknown };
    if (typeof name === 'string' && typeof email === 'string') return `${name} <${email}>`;
  }
  return undefined;
}

/** Whether the build makes a Linux package (which needs both values). */
export function buildsForLinux(args: readonly string[], platform: NodeJS.Platform): boolean {
  const platformFlags = ['--linux', '-l', '--win', '-w', '--windows', '--mac', '-m', '--macos', '-o'];
  const asked = args.filter((arg) => platformFlags.includes(arg));
  return asked.length === 0 ? platform === 'linux' : asked.some((arg) => arg === '--linux' || arg === '-l');
}

function homepageProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `the homepage "${value}" is not a web address`;
  }
  if (url.protocol !== 'https:') return `the homepage "${value}" must start with https://`;
  if (PLACEHOLDER_HOST.test(url.hostname)) return `the homepage "${value}" is a placeholder (${url.hostname} is reserved for examples)`;
  return undefined;
}

function maintainerProblem(value: string): string | undefined {
  const match = MAINTAINER.exec(value.trim());
  if (!match) return `the maintainer "${value}" must read "Name <address@domain>"`;
  if (PLACEHOLDER_HOST.test(match[3]!)) return `the maintainer's address "${match[2]}@${match[3]}" is a placeholder`;
  return undefined;
}

/** The homepage and maintainer this build uses, as electron-builder overrides, or what is wrong with them. */
export function releaseMetadata({ env, packageJson, args, platform }: MetadataSources): MetadataResult {
  const homepage = env['ACTIEPLAAT_HOMEPAGE']?.trim() || (typeof packageJson.homepage === 'string' ? packageJson.homepage : undefined);
  const maintainer = env['ACTIEPLAAT_MAINTAINER']?.trim() || authorText(packageJson.author);
  const needed = buildsForLinux(args, platform);
  const problems: string[] = [];
  if (homepage) problems.push(...[homepageProblem(homepage)].filter((problem) => problem !== undefined));
  else if (needed) problems.push('no homepage: set ACTIEPLAAT_HOMEPAGE (or "homepage" in package.json)');
  if (maintainer) problems.push(...[maintainerProblem(maintainer)].filter((problem) => problem !== undefined));
  else if (needed) problems.push('no maintainer: set ACTIEPLAAT_MAINTAINER="Name <address>" (or "author" in package.json)');
  if (problems.length > 0) return { ok: false, problems };
  if (!homepage || !maintainer) return { ok: true, metadata: undefined, overrides: [] };
  const metadata = { homepage, maintainer: maintainer.trim() };
  return {
    ok: true,
    metadata,
    overrides: [`-c.extraMetadata.homepage=${metadata.homepage}`, `-c.linux.maintainer=${metadata.maintainer}`],
  };
}
