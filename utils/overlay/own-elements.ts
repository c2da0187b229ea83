// ReplyGuard's own elements in the page (the panel's and the mirrors' shadow hosts). Discovery
// and the send guard must never treat anything inside them as the host's composer or Send.

const OWN_HOSTS: ReadonlySet<string> = new Set(['replyguard-overlay', 'replyguard-mirror', 'replyguard-context', 'replyguard-status']);

export function isOwnElement(node: EventTarget | null | undefined): boolean {
  return OWN_HOSTS.has((node as Element | null)?.localName ?? '');
}

export function pathHasOwnElement(path: readonly EventTarget[]): boolean {
  return path.some(isOwnElement);
}
