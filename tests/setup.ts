import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a lazy route compiles its modules (MDX included) on demand: allow for a cold, busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
