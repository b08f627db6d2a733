import { z } from "zod";

// Zod compiles object parsers with `new Function` when it may; its probe for that permission alone is a
// reported violation of our Content-Security-Policy (script-src 'self', no 'unsafe-eval'). The browser
// validates one form at a time, so the interpreted parser is fast enough. Imported first by main.tsx,
// before any schema is built.
z.config({ jitless: true });
