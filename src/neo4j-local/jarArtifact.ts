/**
 * Pure: the artifact a jar copied by Maven's copy-dependencies is of, from its file name
 * `<artifactId>-<version>[-<classifier>].jar`: "commons-lang3-3.12.0.jar" -> "commons-lang3",
 * "log4j-1.2-api-2.20.0.jar" -> "log4j-1.2-api": the version is the first run of parts that start
 * with a digit after which only parts that start with a letter (the classifier) come before ".jar".
 */
export function jarArtifact(fileName: string): string {
  const match = /^(.+?)(?:-\d[^-]*)+(?:-[A-Za-z][\w.]*)*\.jar$/.exec(fileName);
  return match ? match[1] : fileName.replace(/\.jar$/, '');
}
