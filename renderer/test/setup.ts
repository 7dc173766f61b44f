// jsdom lacks what Mantine measures with; these shims behave like a wide desktop window.
import { afterEach } from 'vitest';
import { configure } from '@testing-library/react';

// findBy…/waitFor wait for an element to appear, not for a time: their default 1 s failed on a
// loaded 2-core machine. The timeout only bounds a test whose element never comes.
configure({ asyncUtilTimeout: 30_000 });

// Tells React this is a test environment, so state updates inside act() are flushed without warnings.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverShim;
window.HTMLElement.prototype.scrollIntoView = () => undefined;

afterEach(() => window.localStorage.clear());
