// Every practice note's metadata as JSON (columns in src/library/open-data-columns.ts, described in docs/data.md).
import type { APIRoute } from 'astro';
import { exportedPractices } from '../../data/open-data.ts';

export const GET: APIRoute = async () => Response.json(await exportedPractices());
