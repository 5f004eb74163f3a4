/** Text made safe to put inside a RegExp: every pattern built from article or dictionary text goes through this. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
