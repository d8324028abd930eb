/** Today's date on the person's own calendar, `YYYY-MM-DD` (not UTC: at 00:30 BST it is already today). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
