import { describe, expect, it } from 'vitest';
import { jarArtifact } from '../../../src/neo4j-local/jarArtifact.js';

describe('jarArtifact', () => {
  it.each([
    ['commons-lang3-3.12.0.jar', 'commons-lang3'],
    ['apoc-core-5.26.19.jar', 'apoc-core'],
    ['RoaringBitmap-0.7.17.jar', 'RoaringBitmap'],
    ['asm-9.3.jar', 'asm'],
    ['asm-tree-9.7.1.jar', 'asm-tree'],
    ['neo4j-slf4j-provider-5.26.30.jar', 'neo4j-slf4j-provider'],
    // a digit inside the artifact id, and a version with a qualifier
    ['log4j-1.2-api-2.20.0.jar', 'log4j-1.2-api'],
    ['netty-codec-4.1.118.Final.jar', 'netty-codec'],
    // a classifier after the version
    ['apoc-5.26.19-core.jar', 'apoc'],
    ['netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar', 'netty-transport-native-epoll'],
    ['javassist-3.30.2-GA.jar', 'javassist'],
    // a version in two parts
    ['zstd-jni-1.5.6-6.jar', 'zstd-jni'],
    ['no-version.jar', 'no-version'],
  ])('%s is of %s', (fileName, artifact) => expect(jarArtifact(fileName)).toBe(artifact));
});
