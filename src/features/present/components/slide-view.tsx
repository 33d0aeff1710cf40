import type { CSSProperties } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { buildTargetSeries } from '../../../charts/target-progress/build-target-series';
import { TargetChart } from '../../../charts/target-progress/target-chart';
import { StatusBadge } from '../../../components/status-badge';
import { chartStartYear } from '../../../domain/data-range';
import { toDecimalYear } from '../../../domain/dates';
import type { DeckData, SlideCard, SlideContent } from '../hooks/use-slide-content';

function Card({ card }: { card: SlideCard }) {
  return (
    <li className={`slide-card${card.status ? ` card-status-${card.status}` : ''}`}>
      {(card.eyebrow || card.status) && (
        <p className="slide-card-head">
          {card.eyebrow && <span className="slide-card-eyebrow">{card.eyebrow}</span>}
          {card.status && <StatusBadge status={card.status} />}
        </p>
      )}
      {card.big && <p className="slide-big">{card.big}</p>}
      <p className="slide-card-text">{card.text}</p>
      {card.detail && <p className="slide-card-detail">{card.detail}</p>}
    </li>
  );
}

/**
 * One slide as a 16:9 page: type in units of the slide's width (body 1.6 %, titles 2.8 %), so it
 * reads the same on a projector, in the presenter's thumbnails and in the PDF.
 */
export function SlideView({ content, deck }: { content: SlideContent; deck: DeckData }) {
  const { t } = useTranslation();
  const { slide } = content;
  const cards = (
    <ul className="slide-cards" style={{ '--columns': content.columns } as CSSProperties}>
      {content.cards.map((card, i) => (
        <Card key={i} card={card} />
      ))}
    </ul>
  );
  return (
    <div className={`slide-body slide-${slide.kind}`}>
      {slide.kind === 'title' ? (
        <>
          <div className="slide-cover">
            <h1>{content.title}</h1>
            <p className="slide-date">{content.date}</p>
          </div>
          {cards}
        </>
      ) : (
        <>
          <h1>{content.title}</h1>
          {content.subtitle && <p className="slide-date">{content.subtitle}</p>}
          {content.target ? (
            <div className="slide-target-layout">
              <div className="slide-chart-body">
                <TargetChart
                  target={content.target}
                  series={buildTargetSeries(content.target, deck.figuresByTarget.get(content.target.id) ?? [], chartStartYear(deck.data, deck.today), {
                    today: deck.today,
                    events: deck.data.events,
                  })}
                  today={toDecimalYear(deck.today)}
                  large
                />
              </div>
              {cards}
            </div>
          ) : (
            cards
          )}
        </>
      )}
      {content.sources.length > 0 && <p className="slide-sources">{t('present.sources', { list: content.sources.join(' · ') })}</p>}
    </div>
  );
}
