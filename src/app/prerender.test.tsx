// @vitest-environment node
import shipped from '../../public/data/dataset.json';
import { renderFirstView } from './prerender';

describe('the prerendered first view (rendered in Node, as the build does)', () => {
  it('is the overview of the shipped dataset: its title as the page heading, its panels, the header', async () => {
    const html = await renderFirstView({ json: shipped, sha256: 'abc', locale: 'en' });
    expect(html).toContain(`<h1>${shipped.title.en}</h1>`);
    expect(html).toMatch(/<h2[^>]*>Next deadlines<\/h2>/);
    expect(html).toMatch(/<nav aria-label="Main">/);
    // Nothing is still loading: the data was there when it rendered.
    expect(html).not.toContain('Loading');
  });

  it('fails the build on a dataset the app would refuse', async () => {
    await expect(renderFirstView({ json: { ...shipped, schemaVersion: 99 }, sha256: 'abc', locale: 'en' })).rejects.toThrow(/schema version 99/);
  });
});
