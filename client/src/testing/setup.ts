import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '@/app/i18n';

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});
