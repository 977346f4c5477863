// Every practice note's metadata as JSON (columns in src/lib/practice-export.ts, described in docs/data.md).
import type { APIRoute } from 'astro';
import { exportedPractices } from '../../data/practice-export.ts';

export const GET: APIRoute = async () => Response.json(await exportedPractices());
