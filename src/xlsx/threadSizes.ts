/**
 * When a read takes worker threads, in one place: the reader decides by a sheet part's size, the runner's
 * early start (cli/earlyWorkers.ts) by the workbook file's, before any of the reader's code is loaded.
 */

/**
 * Sheet parts from this size up are parsed on worker threads too (rowSegments.ts): ~15,000 register
 * lines, where a thread's start (~75 ms of its own core, mostly hidden: cli/earlyWorkers.ts) is well paid back.
 */
export const THREADS_ABOVE_BYTES = 8 * 1024 * 1024;

/** A workbook file from which a sheet part may reach THREADS_ABOVE_BYTES: 8 MB of sheet XML packs to about 0.7–1 MB. */
export const EARLY_THREADS_FILE_BYTES = THREADS_ABOVE_BYTES / 8;
