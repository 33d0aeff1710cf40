import { adoptEarlyWorker, EARLY_WORKER_KEY } from './early-worker';

const fakeWorker = () => ({ terminate: vi.fn() }) as unknown as Worker & { terminate: ReturnType<typeof vi.fn> };

describe('adoptEarlyWorker', () => {
  it('hands over the worker the page started, once', () => {
    const worker = fakeWorker();
    const page = { [EARLY_WORKER_KEY]: { worker, failed: false } };
    expect(adoptEarlyWorker(page)).toBe(worker);
    expect(adoptEarlyWorker(page)).toBeNull();
    expect(worker.terminate).not.toHaveBeenCalled();
  });

  it('hands over nothing where the page started none', () => {
    expect(adoptEarlyWorker({})).toBeNull();
  });

  it('ends one that failed to start, so the app starts its own', () => {
    const worker = fakeWorker();
    const page = { [EARLY_WORKER_KEY]: { worker, failed: true } };
    expect(adoptEarlyWorker(page)).toBeNull();
    expect(worker.terminate).toHaveBeenCalledOnce();
    expect(EARLY_WORKER_KEY in page).toBe(false);
  });
});
