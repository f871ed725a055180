const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The workbench page of a place, as tags and blocks link to it. */
export function placeHref(name: string): string {
  return `/places/${encodeURIComponent(name)}`;
}

/** The workbench's check page for a sentence. */
export function checkHref(sentence: string): string {
  return `/check?q=${encodeURIComponent(sentence)}`;
}
