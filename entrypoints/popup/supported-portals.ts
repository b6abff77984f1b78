import type { SupportedPortal } from '../../components/EmptyState';
import type { PortalAdapter } from '../content/portals/types';

/**
 * The portals the empty state lists, from the adapter registry (so a new adapter shows up by itself): each
 * adapter's name, and the home page of its first example notice (the registry's tests require examples).
 */
export function supportedPortals(adapters: readonly Pick<PortalAdapter, 'name' | 'examples'>[]): SupportedPortal[] {
  return adapters.flatMap((a) => {
    const example = a.examples.notices[0];
    return example ? [{ name: a.name, home: `${new URL(example).origin}/` }] : [];
  });
}
