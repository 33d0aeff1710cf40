import { DATASET_CACHE_HEADER, readDatasetCopy } from './dataset-copy';

const receivedAt = new Date('2025-11-23T12:00:00Z');

describe('readDatasetCopy', () => {
  it('knows the service worker’s saved copy by its header, dated by the response’s Date', () => {
    const headers = new Headers({ [DATASET_CACHE_HEADER]: 'hit', Date: 'Mon, 10 Nov 2025 09:30:00 GMT' });
    expect(readDatasetCopy(headers, receivedAt)).toEqual({ fromCache: true, savedAt: '2025-11-10T09:30:00.000Z' });
  });

  it('takes a response without the header as fresh from the network', () => {
    const headers = new Headers({ Date: 'Sun, 23 Nov 2025 11:59:58 GMT' });
    expect(readDatasetCopy(headers, receivedAt)).toEqual({ fromCache: false, savedAt: '2025-11-23T11:59:58.000Z' });
  });

  it.each([[{}], [{ Date: 'yesterday-ish' }]])('dates a response without a readable Date (%j) by its arrival', (init) => {
    expect(readDatasetCopy(new Headers(init), receivedAt).savedAt).toBe('2025-11-23T12:00:00.000Z');
  });

  it('ignores any other value of the header', () => {
    expect(readDatasetCopy(new Headers({ [DATASET_CACHE_HEADER]: 'miss' }), receivedAt).fromCache).toBe(false);
  });
});
