import { datasetFromSearch } from './dataset-source';

const origin = 'http://localhost:4317';

describe('datasetFromSearch', () => {
  it('reads a same-site path', () => {
    expect(datasetFromSearch('?dataset=/bench/large.json', origin)).toBe('/bench/large.json');
    expect(datasetFromSearch('?res=r292&dataset=%2Fdata%2Fother.json', origin)).toBe('/data/other.json');
  });

  it('refuses other sites, protocol-relative links, scripts and climbing out', () => {
    for (const value of ['https://evil.example/data.json', '//evil.example/x.json', 'javascript:alert(1)', 'data.json', '/a/../../etc/passwd', '']) {
      expect(datasetFromSearch(`?dataset=${encodeURIComponent(value)}`, origin)).toBeNull();
    }
  });

  it('is null without the parameter', () => {
    expect(datasetFromSearch('?res=r292', origin)).toBeNull();
  });
});
