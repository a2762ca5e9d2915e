#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (dist/), built by `npm install` (prepare).
import { runCli } from '../dist/cli/index.js';
await runCli(process.argv);
