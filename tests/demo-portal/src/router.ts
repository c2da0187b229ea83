// Thread URLs: /thread/N (pushState) and the hash form /#/thread/N; a hash wins, so typing
// #/thread/N into the address bar switches threads.

const THREAD_PATH = /^\/thread\/(\d+)\/?$/;

export const threadPath = (id: number): string => `/thread/${id}`;

export function threadIdFromLocation(location: Pick<Location, 'pathname' | 'hash'>): number | null {
  const match = THREAD_PATH.exec(location.hash.replace(/^#/, '')) ?? THREAD_PATH.exec(location.pathname);
  return match?.[1] ? Number(match[1]) : null;
}
