import type { PortalAdapter } from '../content/portals/types';

/** The hosts the built-in adapters read (from their match patterns): a user need not add them. */
export function builtInHosts(adapters: readonly Pick<PortalAdapter, 'name' | 'matches'>[]): { name: string; host: string }[] {
  return adapters.flatMap((a) =>
    [...new Set(a.matches.map((m) => /^[a-z*]+:\/\/([^/]+)/.exec(m)?.[1]).filter((h): h is string => !!h))].map((host) => ({
      name: a.name,
      host: host.replace(/^\*\./, ''),
    })),
  );
}
