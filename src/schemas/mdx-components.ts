/**
 * The components editors may use in MDX bodies, and the props each takes. Props are plain strings, because
 * MDX in entries is content, not code: no `{expressions}`, no imports. The validator, the renderer and the
 * editor all read this one list.
 */
export interface MdxComponentDefinition {
  /** What the component is for, in the editor's words. */
  readonly description: string;
  /** Its props: each is a string; `required` ones must be given and not empty. */
  readonly props: Readonly<Record<string, { readonly required: boolean; readonly description: string }>>;
  /** Whether it wraps Markdown content between its opening and closing tags. */
  readonly children: boolean;
}

export const mdxComponents = {
  KeyPoint: {
    description: 'A short point readers must not miss, set apart from the text.',
    props: { title: { required: false, description: 'A heading for the point, such as "Remember".' } },
    children: true,
  },
  Figure: {
    description: 'An uploaded image with a text alternative and an optional caption.',
    props: {
      src: { required: true, description: 'The uploaded image, like /uploads/pathway.png.' },
      alt: { required: true, description: 'What the image shows, for people who cannot see it.' },
      caption: { required: false, description: 'A caption shown under the image.' },
    },
    children: false,
  },
  DatasetChart: {
    description:
      'One chart of a dataset, with its table and the rule that keeps anyone from being identified.',
    props: {
      dataset: { required: true, description: 'The dataset, by its id, like nrm-referrals-uk.' },
      chart: {
        required: true,
        description:
          'Which chart: "years" for the line over the years, "by-<column>" for bars, "<column>-over-years" for small multiples.',
      },
    },
    children: false,
  },
  Steps: {
    description: 'The steps of a referral pathway or procedure: wrap a numbered list.',
    props: {},
    children: true,
  },
} as const satisfies Record<string, MdxComponentDefinition>;

export type MdxComponentName = keyof typeof mdxComponents;
