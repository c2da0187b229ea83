import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { NOT_HELPFUL_REASONS, type NotHelpfulReason } from '../utils/audit/feedback';
import { menuIndexAfter } from './menu-keys';

// "Not helpful" on a card: a menu button (WAI-ARIA menu button pattern) offering a fixed list of
// reasons. Opening it focuses the first reason; arrows, Home and End move; Escape closes and
// returns focus to the button; Tab closes and moves on. Choosing a reason reports it; the card
// then goes away and the panel puts focus back on its heading.

export function NotHelpful({ describedBy, onChoose }: { describedBy: string; onChoose: (reason: NotHelpfulReason) => void }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const labelId = useId();

  useEffect(() => {
    if (open) itemRefs.current[0]?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      return close();
    }
    if (event.key === 'Tab') return setOpen(false);
    const current = itemRefs.current.indexOf(event.target as HTMLButtonElement);
    const next = menuIndexAfter(event.key, current, NOT_HELPFUL_REASONS.length);
    if (next === null) return;
    event.preventDefault();
    itemRefs.current[next]?.focus();
  };

  return (
    <div
      className="rg-nothelpful"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="rg-btn rg-btn--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Not helpful
      </button>
      {open && (
        <div className="rg-nothelpful__popup">
          <p className="rg-nothelpful__label" id={labelId}>
            Why is this not helpful?
          </p>
          <div role="menu" id={menuId} aria-labelledby={labelId} className="rg-nothelpful__menu" onKeyDown={onMenuKey}>
            {NOT_HELPFUL_REASONS.map((reason, i) => (
              <button
                key={reason.code}
                ref={(el) => {
                  itemRefs.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="rg-nothelpful__item"
                onClick={() => {
                  setOpen(false);
                  onChoose(reason.code);
                }}
              >
                {reason.label}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
