import shipped from '../../../../public/data/dataset.json';
import { applyFilters, EMPTY_FILTERS } from '../../../domain/filters';
import { parseDataset } from '../../../domain/parse-dataset';
import { buildSlides } from '../../../domain/slides';
import { slideSources } from './slide-sources';

const data = parseDataset(shipped);
const filtered = applyFilters(data, EMPTY_FILTERS);

describe('slideSources', () => {
  it('names at least one source on every slide, each once', () => {
    for (const slide of buildSlides(filtered, 2025)) {
      const ids = slideSources(slide, data, filtered).map((s) => s.id);
      expect(ids.length, slide.kind).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
