#!/usr/bin/env bash
# `ask deploy` runs this instead of its built-in build ("Build Skill Code"), as
#   hooks/build.sh <absolute path of the zip to write> <verbose: true|false>
# from .ask/lambda, ask-cli's copy of lambda/. It builds in the project root instead and zips the bundles alone:
# index.js (the skill) and mcp.js (the MCP server) at the zip's root, so the handlers "index.handler" and
# "mcp.handler" resolve and no node_modules are needed.
set -euo pipefail

out="${1:?usage: hooks/build.sh <zip file> [verbose true|false]}"
verbose="${2:-false}"
# Resolved before leaving the caller's directory, for runs by hand with a relative path.
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

cd "$root"
if [[ "$verbose" == true ]]; then
  npm run build
else
  npm run --silent build
fi
node_modules/.bin/tsx hooks/zip.ts "$out" lambda/dist/index.js lambda/dist/mcp.js
if [[ "$verbose" == true ]]; then
  echo "hooks/build.sh: wrote $out"
fi
