const warned = new Set<string>();

/**
 * Writes a console warning once per page for each distinct message, so 200 instances
 * with the same bad attribute produce one line, not 200.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[vrop-widgets] ${message}`);
}

/** Test helper: forget which warnings were given. */
export function resetWarnings(): void {
  warned.clear();
}
