/** Resolves in a task of its own (after the current one and its microtasks), so work after it does not lengthen this task. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
