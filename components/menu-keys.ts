// Arrow-key movement in a menu (WAI-ARIA Authoring Practices, menu button pattern): Up and Down
// wrap around, Home and End jump to the ends. Pure, so it is tested without a DOM.

/** The item to focus after `key` in a menu of `count` items, or null when the key does not move. */
export function menuIndexAfter(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
