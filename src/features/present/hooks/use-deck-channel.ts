import { useEffect, useRef } from 'react';

/** The audience window and the presenter view tell each other which slide is up. */
export const DECK_CHANNEL = 'policy-targets-deck';

export type DeckMessage = { type: 'slide'; slide: number } | { type: 'hello' };

/**
 * Posts this window's slide whenever it changes, and follows the other window's. A window that
 * opens asks ("hello") and the other answers with its slide. Without BroadcastChannel it does nothing.
 */
export function useDeckChannel(slide: number, follow: (slide: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(slide);
  const followRef = useRef(follow);
  useEffect(() => {
    followRef.current = follow;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(DECK_CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent<DeckMessage>) => {
      if (e.data.type === 'hello') c.postMessage({ type: 'slide', slide: current.current } satisfies DeckMessage);
      else if (e.data.type === 'slide' && e.data.slide !== current.current) {
        current.current = e.data.slide;
        followRef.current(e.data.slide);
      }
    };
    c.postMessage({ type: 'hello' } satisfies DeckMessage);
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    if (current.current === slide) return;
    current.current = slide;
    channel.current?.postMessage({ type: 'slide', slide } satisfies DeckMessage);
  }, [slide]);
}
