#!/usr/bin/env node
// `npx pwp …` from a checkout of PWP Tracker: runs the TypeScript CLI through tsx, so the CLI
// always matches the source it ships with. See README "Command-line tool".
import { register } from 'tsx/esm/api';

register();
await import('../cli/entry.ts');
