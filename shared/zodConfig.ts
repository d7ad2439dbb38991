import { z } from 'zod';

// Zod compiles fast validators with `new Function` where it may, and finds out whether it may by trying
// one: under the app's strict CSP (no 'unsafe-eval') that probe is a CSP violation on every start. Every
// module that declares schemas imports this one first, so it runs before any of them parses.
z.config({ jitless: true });
