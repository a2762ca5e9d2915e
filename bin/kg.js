#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (dist/), built by `npm install` (prepare).
import v8 from 'node:v8';

// V8 optimizes a function once it has run for this many bytes of bytecode (default ≈ 132 kB).
// A build runs the same extraction code on thousands of reports, and each worker thread compiles
// its own optimized copy: with the default, lukewarm functions are optimized too, and the
// compiler's threads took ≈ 3.5 s of CPU per worker. With this budget only the hot ones are,
// at ≈ 40 % of that cost and the same speed once warm (BENCHMARKS.md). KG_V8_INTERRUPT_BUDGET=0
// keeps V8's default.
const budget = process.env.KG_V8_INTERRUPT_BUDGET ?? '1000000';
if (/^[1-9]\d*$/.test(budget)) v8.setFlagsFromString(`--interrupt-budget=${budget}`);

const { runCli } = await import('../dist/cli/index.js');
await runCli(process.argv);
