#!/usr/bin/env node
// Runs the TypeScript CLI in src/cli.ts (migrate, status, seed, prepare) through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
