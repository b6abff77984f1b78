/** Version of the engine (matching rules, outcome logic). Bump when a report could change for the same notice and catalogue. */
export const ENGINE_VERSION = '0.2.0';
