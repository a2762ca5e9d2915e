import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEO4J_CONNECTION } from '../../../src/store/neo4j/neo4j-connection.js';

interface Service {
  image: string;
  environment: Record<string, string>;
  ports: string[];
  volumes: string[];
  healthcheck: { test: string[]; interval: string; retries: number; start_period: string };
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const neo4j = compose.services.neo4j;

/** Resolves `${VAR:-default}` the way docker compose does when VAR is unset. */
const withDefaults = (s: string) => s.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs Neo4j 5 community with the APOC plugin', () => {
    expect(neo4j.image).toMatch(/^neo4j:5[.\d]*-community$/);
    expect(JSON.parse(neo4j.environment.NEO4J_PLUGINS)).toContain('apoc');
  });

  it('publishes the Browser and Bolt ports and keeps data and logs in named volumes', () => {
    expect(neo4j.ports.map((p) => withDefaults(p))).toEqual(['7474:7474', '7687:7687']);
    const mounts = Object.fromEntries(neo4j.volumes.map((v) => v.split(':').reverse()));
    expect(Object.keys(compose.volumes)).toContain(mounts['/data']);
    expect(Object.keys(compose.volumes)).toContain(mounts['/logs']);
  });

  it("has a cypher-shell RETURN 1 healthcheck so `docker compose up -d --wait` returns when Neo4j answers", () => {
    const test = neo4j.healthcheck.test.map(withDefaults);
    expect(test[0]).toBe('CMD');
    expect(test).toContain('cypher-shell');
    expect(test.at(-1)).toBe('RETURN 1');
    expect(test[test.indexOf('-u') + 1]).toBe(DEFAULT_NEO4J_CONNECTION.user);
    expect(test[test.indexOf('-p') + 1]).toBe(DEFAULT_NEO4J_CONNECTION.password);
    expect(neo4j.healthcheck.retries).toBeGreaterThan(0);
  });

  it('takes its credentials from the environment with the same local default as kg load neo4j', () => {
    expect(neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-fazhi-kg-local}');
    expect(withDefaults(neo4j.environment.NEO4J_AUTH)).toBe(`${DEFAULT_NEO4J_CONNECTION.user}/${DEFAULT_NEO4J_CONNECTION.password}`);
    expect(DEFAULT_NEO4J_CONNECTION.password.length).toBeGreaterThanOrEqual(8);
    expect(DEFAULT_NEO4J_CONNECTION.uri).toMatch(/:7687$/);
  });
});
