import { parseDataset } from '../../src/domain/parse-dataset';
import { generateDataset } from '../bench/generate-dataset';

describe('the benchmark dataset generator', () => {
  it('builds the medium size with the counts the benchmark promises, and it passes the schema', () => {
    const data = generateDataset('medium');
    expect(data.resolutions).toHaveLength(50);
    expect(data.commitments).toHaveLength(2_000);
    expect(data.figures).toHaveLength(20_000);
    expect(() => parseDataset(JSON.parse(JSON.stringify(data)))).not.toThrow();
  });

  it('is seeded: the same seed gives the same file, another seed another', () => {
    expect(JSON.stringify(generateDataset('medium'))).toBe(JSON.stringify(generateDataset('medium')));
    expect(JSON.stringify(generateDataset('medium', 1))).not.toBe(JSON.stringify(generateDataset('medium')));
  });

  it('says in every title that it is synthetic', () => {
    const data = generateDataset('medium');
    expect(data.title.en).toMatch(/Synthetic/);
    expect(data.resolutions.every((r) => r.title.en.startsWith('Synthetic'))).toBe(true);
  });
});
