import type { Outcome } from '../utils/report';

/**
 * A shape per outcome (check, exclamation, question mark, dash), so an outcome never rests on colour alone.
 * Decorative: the text next to it names the outcome.
 */
export function OutcomeIcon({ outcome }: { outcome: Outcome }) {
  const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.75, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  return (
    <svg class="outcome-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {outcome === 'present' ? (
        <path d="M3 8.5l3.2 3.2L13 4.5" {...stroke} stroke-width={2.25} />
      ) : (
        <circle cx="8" cy="8" r="6.75" {...stroke} stroke-width={1.5} />
      )}
      {outcome === 'missing' && (
        <>
          <path d="M8 4.25v4.5" {...stroke} />
          <circle cx="8" cy="11.35" r="1" fill="currentColor" />
        </>
      )}
      {outcome === 'uncertain' && (
        <>
          <path d="M6.1 6.1a2 2 0 1 1 2.75 1.85c-.55.25-.85.7-.85 1.3v.25" {...stroke} />
          <circle cx="8" cy="11.6" r="1" fill="currentColor" />
        </>
      )}
      {outcome === 'not-applicable' && <path d="M5 8h6" {...stroke} />}
    </svg>
  );
}
