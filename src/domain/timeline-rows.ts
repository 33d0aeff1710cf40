import { axisPosition, type TimelineAxis } from './timeline-axis';
import type { TimelineItem } from './timeline';

/** An item as drawn in a lane row: its marker on the axis and the card that carries its words. */
export interface PlacedItem {
  item: TimelineItem;
  /** The item's start and end on the axis, 0 to 1. */
  at: number;
  until: number;
  /** The card's left edge and width, 0 to 1 of the row. */
  left: number;
  width: number;
  /** The card hangs to the left of its marker (there was no room to its right). */
  flipped: boolean;
}

export interface RowRoom {
  /** The row's width in pixels, and a card's. */
  trackPx: number;
  cardPx: number;
  /** Space kept between two cards in one row. */
  gapPx: number;
}

/** A card for each item, as wide as `cardPx` (or its span, if longer), turned left at the right edge. */
export function placeItem(item: TimelineItem, axis: TimelineAxis, room: RowRoom): PlacedItem {
  const at = axisPosition(axis, item.start);
  const until = Math.max(at, axisPosition(axis, item.end));
  const card = Math.min(1, room.cardPx / Math.max(1, room.trackPx));
  const width = Math.max(card, until - at);
  if (at + width <= 1) return { item, at, until, left: at, width, flipped: false };
  return { item, at, until, left: Math.max(0, until - width), width: Math.min(width, until), flipped: true };
}

/**
 * Cards in rows, first fit by start: a card goes into the first row where it clears the previous
 * card by `gapPx`. Titles wrap inside their card, so every word shows; rows grow to the tallest.
 */
export function placeRows(items: readonly TimelineItem[], axis: TimelineAxis, room: RowRoom): PlacedItem[][] {
  const gap = room.gapPx / Math.max(1, room.trackPx);
  const rows: PlacedItem[][] = [];
  const rowEnds: number[] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const placed = placeItem(item, axis, room);
    const left = Math.min(placed.left, placed.at);
    const right = Math.max(placed.left + placed.width, placed.until);
    const row = rowEnds.findIndex((end) => left >= end + gap);
    if (row === -1) {
      rows.push([placed]);
      rowEnds.push(right);
    } else {
      rows[row]!.push(placed);
      rowEnds[row] = right;
    }
  }
  return rows;
}
