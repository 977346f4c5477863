/**
 * Open-data metadata for datasets: schema.org `Dataset` (JSON-LD on each dataset's page, for search engines'
 * dataset search) and a DCAT-AP style catalogue (/data/catalog.json, for data portals to harvest).
 */
import type { Dataset } from '../schemas/dataset.ts';

/** The address each licence is published at, which both vocabularies expect. */
export const licenceUrls: Readonly<Record<Dataset['licence'], string>> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'OGL-UK-3.0': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** What the metadata needs of a dataset besides its fields, already in one language and absolute. */
export interface DatasetDescription {
  readonly data: Dataset;
  readonly title: string;
  readonly summary: string;
  readonly language: string;
  /** The page's absolute address. */
  readonly url: string;
  readonly csvUrl: string;
  readonly jsonUrl: string;
  /** The holders' names in this language, and their websites where known. */
  readonly organisations: readonly { readonly name: string; readonly url?: string | undefined }[];
  /** The covered countries' names in this language. */
  readonly places: readonly string[];
  readonly measure: string;
  readonly method: string;
  readonly rule: string;
  readonly citation: string;
}

const period = (data: Dataset) => `${data.period.start}/${data.period.end}`;

/** schema.org `Dataset` as JSON-LD. */
export function datasetJsonLd(d: DatasetDescription): Record<string, unknown> {
  const organisations = d.organisations.map((o) => ({
    '@type': 'Organization',
    name: o.name,
    ...(o.url ? { url: o.url } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.title,
    description: d.summary,
    url: d.url,
    identifier: d.url,
    inLanguage: d.language,
    license: licenceUrls[d.data.licence],
    creator: organisations,
    publisher: organisations,
    dateModified: d.data.updated,
    temporalCoverage: period(d.data),
    spatialCoverage: d.places.map((name) => ({ '@type': 'Place', name })),
    variableMeasured: {
      '@type': 'PropertyValue',
      name: d.measure,
      description: d.rule,
    },
    measurementTechnique: d.method,
    citation: d.citation,
    isBasedOn: d.data.sources.map((source) => source.url),
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: d.jsonUrl },
    ],
  };
}

/** One distribution of a catalogue entry. */
export interface CatalogFile {
  readonly url: string;
  readonly mediaType: string;
}

/** A DCAT-AP style catalogue (JSON-LD with the DCAT, Dublin Core and vCard terms DCAT-AP uses). */
export function dcatCatalog(parts: {
  title: string;
  description: string;
  homepage: string;
  url: string;
  publisher: string;
  datasets: readonly (DatasetDescription & { countries: readonly string[] })[];
  /** Files that are datasets of their own, such as the practice notes' metadata. */
  files: readonly {
    title: string;
    description: string;
    url: string;
    modified: string;
    files: CatalogFile[];
  }[];
}): Record<string, unknown> {
  const agent = (name: string) => ({ '@type': 'foaf:Agent', 'foaf:name': name });
  const distribution = (file: CatalogFile, licence?: string) => ({
    '@type': 'dcat:Distribution',
    'dcat:accessURL': { '@id': file.url },
    'dcat:downloadURL': { '@id': file.url },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${file.mediaType}` },
    ...(licence ? { 'dct:license': { '@id': licence } } : {}),
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': parts.url,
    '@type': 'dcat:Catalog',
    'dct:title': parts.title,
    'dct:description': parts.description,
    'dct:publisher': agent(parts.publisher),
    'foaf:homepage': { '@id': parts.homepage },
    'dcat:dataset': [
      ...parts.datasets.map((d) => ({
        '@id': d.url,
        '@type': 'dcat:Dataset',
        'dct:title': d.title,
        'dct:description': d.summary,
        'dct:publisher': d.organisations.map((o) => agent(o.name)),
        'dct:modified': { '@value': d.data.updated, '@type': 'xsd:date' },
        'dct:temporal': {
          '@type': 'dct:PeriodOfTime',
          'dcat:startDate': d.data.period.start,
          'dcat:endDate': d.data.period.end,
        },
        'dct:spatial': d.countries.map((code) => ({ '@type': 'dct:Location', 'dct:identifier': code })),
        'dcat:landingPage': { '@id': d.url },
        'dct:license': { '@id': licenceUrls[d.data.licence] },
        'dct:source': d.data.sources.map((s) => ({ '@id': s.url })),
        'dcat:distribution': [
          distribution({ url: d.csvUrl, mediaType: 'text/csv' }, licenceUrls[d.data.licence]),
          distribution({ url: d.jsonUrl, mediaType: 'application/json' }, licenceUrls[d.data.licence]),
        ],
      })),
      ...parts.files.map((f) => ({
        '@id': f.url,
        '@type': 'dcat:Dataset',
        'dct:title': f.title,
        'dct:description': f.description,
        'dct:modified': { '@value': f.modified, '@type': 'xsd:date' },
        'dcat:landingPage': { '@id': f.url },
        'dcat:distribution': f.files.map((file) => distribution(file)),
      })),
    ],
  };
}
