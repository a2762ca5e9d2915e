#!/usr/bin/env bash
# Bulk-imports a `kg export neo4j-csv` folder into a stopped Neo4j database with
# `neo4j-admin database import full`: the fast path for the first load of a large corpus (later
# reports can be added with `kg load neo4j`, which merges on the same keys).
#
# Usage:
#   scripts/neo4j-import.sh [--docker] [--database NAME] [--dry-run] CSV_DIR
#
#   --docker         run neo4j-admin in the docker-compose service: stops it, imports, starts it
#                    again and creates the constraints and indexes (CSV_DIR/schema.cypher)
#   --database NAME  database to create (default: neo4j). AN EXISTING DATABASE OF THAT NAME IS REPLACED.
#   --dry-run        print the neo4j-admin command instead of running it
#
# Environment:
#   NEO4J_ADMIN      neo4j-admin to run without --docker (default: neo4j-admin on PATH)
#   ARRAY_DELIMITER  must match `kg export neo4j-csv --array-delimiter` (default: ;)
#   NEO4J_PASSWORD   for creating the schema after a --docker import (default: fazhi-kg-local)
#
# Without --docker, stop Neo4j first, run this, start Neo4j, then create the constraints and indexes:
#   cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f CSV_DIR/schema.cypher
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

docker=0
dry_run=0
database=neo4j
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docker) docker=1 ;;
    --dry-run) dry_run=1 ;;
    --database) database="${2:?--database needs a name}"; shift ;;
    --database=*) database="${1#--database=}" ;;
    -h|--help) usage 0 ;;
    -*) echo "neo4j-import: unknown option $1" >&2; usage 2 ;;
    *) [ -z "$dir" ] || { echo "neo4j-import: one CSV_DIR expected" >&2; exit 2; }; dir="$1" ;;
  esac
  shift
done
[ -n "$dir" ] || { echo "neo4j-import: CSV_DIR missing (the --out of kg export neo4j-csv)" >&2; usage 2; }
[ -d "$dir" ] || { echo "neo4j-import: $dir is not a folder" >&2; exit 2; }

shopt -s nullglob
nodes=("$dir"/nodes_*.csv)
rels=("$dir"/rels_*.csv)
[ ${#nodes[@]} -gt 0 ] || { echo "neo4j-import: no nodes_*.csv in $dir; run kg export neo4j-csv --out $dir first" >&2; exit 2; }

# Inside the container the folder is mounted at /kg-import.
prefix="$dir"
[ "$docker" = 1 ] && prefix=/kg-import
args=(database import full
  --overwrite-destination=true
  "--array-delimiter=${ARRAY_DELIMITER:-;}"
  --multiline-fields=true
  --id-type=string
  --skip-bad-relationships=false)
for f in "${nodes[@]}"; do args+=("--nodes=$prefix/$(basename "$f")"); done
for f in "${rels[@]}"; do args+=("--relationships=$prefix/$(basename "$f")"); done
args+=("$database")

if [ "$docker" = 1 ]; then
  abs="$(cd "$dir" && pwd)"
  cmd=(docker compose run --rm --no-deps -v "$abs:/kg-import:ro" neo4j neo4j-admin "${args[@]}")
else
  cmd=("${NEO4J_ADMIN:-neo4j-admin}" "${args[@]}")
fi

if [ "$dry_run" = 1 ]; then
  printf '%q ' "${cmd[@]}"; echo
  exit 0
fi

if [ "$docker" = 1 ]; then
  docker compose stop neo4j
  "${cmd[@]}"
  docker compose up -d --wait neo4j
  docker compose exec -T neo4j cypher-shell -u neo4j -p "${NEO4J_PASSWORD:-fazhi-kg-local}" -d "$database" < "$dir/schema.cypher"
  echo "neo4j-import: imported $dir into $database and created the constraints and indexes"
else
  "${cmd[@]}"
  echo "neo4j-import: imported $dir into $database. Start Neo4j, then run:"
  echo "  cypher-shell -u neo4j -p \"\$NEO4J_PASSWORD\" -d $database -f $dir/schema.cypher"
fi
