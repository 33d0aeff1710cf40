import { lazy, Suspense, type ReactNode } from 'react';
import type { WindowedListProps } from './windowed-list';

/** Up to this many items a list renders whole (printing, find-in-page and tests see them all). */
export const VIRTUAL_FROM = 40;

type ListProps<T> = Omit<WindowedListProps<T>, 'List'>;

/** The window's code (TanStack Virtual), fetched the first time a list is long enough to need it. */
const WindowedList = lazy(() => import('./windowed-list').then((m) => ({ default: m.WindowedList }))) as <T>(
  props: WindowedListProps<T>,
) => ReactNode;

/**
 * A list that renders only what is in view once it is long: a ministry's dataset puts
 * thousands of deadlines or targets on one page. The list scrolls inside its panel; it is a
 * focusable, labelled region so the keyboard can scroll it, and each item says its place
 * ("12 of 2,000") to a screen reader. Until the window's code is there, the panel keeps the
 * window's height, so nothing below it moves when the items appear.
 */
export function VirtualList<T>({ as: List = 'ul', ...props }: ListProps<T> & { as?: 'ul' | 'ol' }) {
  const { items, getKey, renderItem, label, className, itemClassName, estimateSize } = props;
  if (items.length < VIRTUAL_FROM) {
    return (
      <List className={className} aria-label={label}>
        {items.map((item) => (
          <li key={getKey(item)} className={itemClassName}>
            {renderItem(item)}
          </li>
        ))}
      </List>
    );
  }
  const loading = <div className="virtual-scroller" role="region" aria-label={label} aria-busy="true" style={{ height: items.length * estimateSize }} />;
  return (
    <Suspense fallback={loading}>
      <WindowedList {...props} List={List} />
    </Suspense>
  );
}
