// The components MDX bodies render with: exactly the allow-list in src/schemas/mdx-components.ts.
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import DatasetChart from './DatasetChart.astro';
import Figure from './Figure.astro';
import KeyPoint from './KeyPoint.astro';
import Steps from './Steps.astro';

export const mdxRenderers = { KeyPoint, Figure, DatasetChart, Steps } satisfies Record<
  MdxComponentName,
  unknown
>;
