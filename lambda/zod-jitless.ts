import * as z from 'zod/mini';

/*
 * zod compiles a parser (new Function) for each object schema the first time it parses; that
 * pays off over thousands of parses, but a Lambda process parses each schema a handful of
 * times, and the compiling landed on the cold start. Must run before any schema is built, so
 * the entry imports this module first.
 */
z.config({ jitless: true });
