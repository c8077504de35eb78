import { useLayoutEffect, useRef, type RefObject } from 'react';

/** How close to the bottom (px) still counts as "reading the newest message". */
const NEAR_BOTTOM_PX = 80;

/**
 * Keeps a scroll container pinned to its bottom while content grows (a streaming reply), but only
 * when the reader was already at the bottom: someone scrolled up to read is never yanked down.
 * `change` is any value that differs whenever the content grew.
 */
export function useStickToBottom(ref: RefObject<HTMLElement | null>, change: unknown): void {
  const pinned = useRef(true);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [ref]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [ref, change]);
}
