// `kg export <format> --out PATH`: the parent command; each format registers itself.
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerNeo4jExports } from './export-neo4j.js';
import { registerVisualExports } from './export-visual.js';

export function registerExportCommand(program: Command, io: CliIo): void {
  const exportCommand = program
    .command('export')
    .description('write the built graph (OUT/graph.json) as html, gexf, graphml, neo4j-csv or cypher');
  registerVisualExports(exportCommand, io);
  registerNeo4jExports(exportCommand, io);
}
