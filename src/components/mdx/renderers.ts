// The components MDX bodies render with: exactly the allow-list in src/schemas/mdx-components.ts.
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import Figure from './Figure.astro';
import KeyPoint from './KeyPoint.astro';
import Steps from './Steps.astro';

export const mdxRenderers = { KeyPoint, Figure, Steps } satisfies Record<MdxComponentName, unknown>;
