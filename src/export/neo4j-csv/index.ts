export * from './write-neo4j-csv.js';
