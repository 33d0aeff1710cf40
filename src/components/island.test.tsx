import { act, render, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { Island, whenIslandsLive } from './island';

/** A part whose code arrives when `on` resolves, as a lazily loaded view's does. */
const waits = (on: Promise<string>) => {
  const Part = lazy(async () => {
    const text = await on;
    return { default: () => <p>{text}</p> };
  });
  return <Part />;
};

describe('islands of the page', () => {
  it('are live once their content is on screen, not before', async () => {
    let show!: (text: string) => void;
    const content = new Promise<string>((resolve) => (show = resolve));
    let live = false;
    render(
      <>
        <Island>
          <p>Briefing</p>
        </Island>
        <Island>
          {waits(content)}
        </Island>
      </>,
    );
    void whenIslandsLive().then(() => (live = true));
    await act(async () => {});
    expect(screen.getByText('Briefing')).toBeInTheDocument();
    expect(live).toBe(false);
    await act(async () => {
      show('Next deadlines');
      await content;
    });
    expect(await screen.findByText('Next deadlines')).toBeInTheDocument();
    await waitFor(() => expect(live).toBe(true));
  });

  it('are live at once when there are none, or once they are gone', async () => {
    await expect(whenIslandsLive()).resolves.toBeUndefined();
    const { unmount } = render(
      <Island>
        {waits(new Promise<string>(() => {}))}
      </Island>,
    );
    let live = false;
    void whenIslandsLive().then(() => (live = true));
    await act(async () => {});
    expect(live).toBe(false);
    unmount();
    await act(async () => {});
    expect(live).toBe(true);
  });
});
