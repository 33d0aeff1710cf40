import { wrapWords } from './text-width';

/** What recharts hands an axis's tick function, of what a label reads. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
  fill?: string;
  className?: string;
  payload?: { value?: unknown };
}

/**
 * An axis label drawn as plain SVG text, in as many lines as `maxWidth` calls for. recharts' own
 * labels measure every word in the DOM, which forces the page's layout each time the labels
 * change (see text-width.ts); these are laid out from an estimate instead. The first line is
 * placed as recharts places it (`verticalAnchor`), a line's height apart.
 */
export function AxisTick({ x, y, textAnchor = 'middle', verticalAnchor = 'middle', fill, className, payload, text, maxWidth = Infinity }: TickProps & {
  /** The label for the tick's value (a count formatted for the language, a resolution's name). */
  text: (value: unknown) => string;
  maxWidth?: number;
}) {
  const lines = wrapWords(text(payload?.value), maxWidth);
  const first = verticalAnchor === 'start' ? 0.71 : verticalAnchor === 'end' ? 1 - lines.length : (1 - lines.length) / 2 + 0.355;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={fill} className={`recharts-text ${className ?? ''}`.trim()}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? +first.toFixed(3) : 1}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
