/**
 * The "Follow-up report" ribbon command. Until the report renderer lands (issue 6) it reports that the
 * command is wired; the handler shape (never throws, always completes) is final.
 */
export async function runFollowUpReport(): Promise<void> {
  // Filled in by the report issue: read register → build report model → render sheets.
}
