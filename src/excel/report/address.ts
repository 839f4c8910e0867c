/** "B12" → { row: 11, col: 1 } (0-based). Only plain cell addresses, as the KPI layout uses. */
export function parseCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
