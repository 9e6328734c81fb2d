#!/usr/bin/env bash
# Regenerates iia-hashes.csv: the official iia-hash of every agreement in every case file,
# computed by the EWP project's own stylesheet under Saxon-HE (the oracle, see docs/ewp.md).
# usage: tests/cases/ewp/regenerate-hashes.sh [EWP_DIR]   (EWP_DIR defaults to ../shared/ewp beside the repository;
# it holds iia-hash and hash/transform_version_7.xsl). Needs Debian packages
# libsaxonhe-java, default-jre-headless and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ewp=${1:-$(cd "$here/../../../.." && pwd)/shared/ewp}
out="$here/iia-hashes.csv"
{
  echo "file,index,iia_hash"
  for f in "$here"/official/iias-v7-*.xml "$here"/iias/*.xml "$here"/hash-only/*.xml; do
    rel=${f#"$here/"}
    i=0
    for h in $("$ewp/iia-hash" "$f"); do
      echo "$rel,$i,$h"
      i=$((i + 1))
    done
  done
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $(($(wc -l < "$out") - 1)) hashes to $out"
