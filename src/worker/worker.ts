/// <reference lib="webworker" />
import { expose } from 'comlink';
import { api } from './api.ts';

// `self` explicitly: Comlink also runs under @vitest/web-worker, which needs the endpoint named.
expose(api, self);
