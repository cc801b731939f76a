import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a lazy route compiles its modules (MDX included) on demand: allow for a cold, busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

// Lazy routes compile on first use; on a busy 2-core machine that can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
