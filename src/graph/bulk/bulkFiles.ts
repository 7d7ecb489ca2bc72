/**
 * The CSV files of a bulk load, one header per file (`neo4j-admin database import full`, Neo4j 5).
 * Ids live in one ID space per label, so `a.txt#3` (a Sentence) and an entity id never collide; the
 * id column is also kept as the `id` property, as the ordinary writer sets it.
 * Numbers the ordinary writer passes from JavaScript are stored as floats there (the driver sends a
 * JS number as a Float), so they are `:double` here too; the edge counts come from Cypher's count()
 * there (integers), so they are `:long`. A node file has fixed labels; the entity file adds its type
 * label in a `:LABEL` column.
 */
export const BULK_FILES = {
  articles: {
    kind: 'nodes',
    label: 'Article',
    header:
      'id:ID(Article),title,path,url,published,byline,modified,authors:string[],publisher,canonicalUrl,language,sha256,sentenceCount:double,ingestedAt:datetime',
  },
  sentences: {
    kind: 'nodes',
    label: 'Sentence',
    header: 'id:ID(Sentence),articleId,index:double,text,start:double,end:double',
  },
  entities: { kind: 'nodes', label: null, header: 'id:ID(Entity),name,type,aliases:string[],:LABEL' },
  claims: {
    kind: 'nodes',
    label: 'Claim',
    header:
      'id:ID(Claim),type,source,target,articleId,sentenceIndex:double,confidence:double,negated:boolean,hedged:boolean,trigger,eventDate,eventEnd,granularity,timeText,timeSource,expected:boolean',
  },
  hasSentence: {
    kind: 'relationships',
    label: 'HAS_SENTENCE',
    header: ':START_ID(Article),:END_ID(Sentence)',
  },
  next: { kind: 'relationships', label: 'NEXT', header: ':START_ID(Sentence),:END_ID(Sentence)' },
  mentions: {
    kind: 'relationships',
    label: 'MENTIONS',
    header: ':START_ID(Sentence),:END_ID(Entity),start:double,end:double,text',
  },
  asserts: { kind: 'relationships', label: 'ASSERTS', header: ':START_ID(Sentence),:END_ID(Claim)' },
  subject: { kind: 'relationships', label: 'SUBJECT', header: ':START_ID(Claim),:END_ID(Entity)' },
  object: { kind: 'relationships', label: 'OBJECT', header: ':START_ID(Claim),:END_ID(Entity)' },
  edges: {
    kind: 'relationships',
    label: null,
    header:
      ':START_ID(Entity),:END_ID(Entity),:TYPE,claims:long,sentences:long,articles:long,firstDate,lastDate,firstEventDate,lastEventDate,maxConfidence:double,allHedged:boolean',
  },
} as const;

export type BulkFile = keyof typeof BULK_FILES;
export const BULK_FILE_NAMES = Object.keys(BULK_FILES) as BulkFile[];

/** Lines for some of the files, in the order they are appended. */
export type BulkLines = Partial<Record<BulkFile, string[]>>;

/**
 * The import's arguments for files in `dir` (`<name>-header.csv` + `<name>.csv`), after the database
 * name (5.19+ wants it first): `--nodes=Article=dir/articles-header.csv,dir/articles.csv ...`.
 */
export function importArguments(dir: string, arrayDelimiter: string): string[] {
  const files = BULK_FILE_NAMES.map((name) => {
    const { kind, label } = BULK_FILES[name];
    const paths = `${dir}/${name}-header.csv,${dir}/${name}.csv`;
    return `--${kind}=${label ? `${label}=` : ''}${paths}`;
  });
  const code = arrayDelimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return [
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=U+${code}`,
    // the ordinary writer keeps strings as they are: no trimming, "" is an empty string
    '--trim-strings=false',
    ...files,
  ];
}
