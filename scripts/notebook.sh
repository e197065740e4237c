#!/usr/bin/env bash
# Execute examples/article.ipynb headless with the tslab kernel and Debian's Jupyter.
# Writes test-output/article.executed.ipynb; exits non-zero when a cell fails.
# Needs: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client
# The notebook requires 'claimgraph' (dist/index.cjs): build first (npm test does).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jupyter=/usr/bin/jupyter   # python3 on PATH may be a Python without Jupyter
[ -x "$jupyter" ] || { echo "notebook.sh: $jupyter is missing; run: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client" >&2; exit 3; }
[ -f "$root/dist/index.cjs" ] || { echo "notebook.sh: dist/index.cjs is missing; run: npm run build" >&2; exit 3; }

# Kernel spec, runtime files and config in a temporary folder: the home directory stays clean.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JUPYTER_PATH="$tmp/share/jupyter" JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" JUPYTER_CONFIG_DIR="$tmp/config" IPYTHONDIR="$tmp/ipython"
# The spec `tslab install` would write; written directly because its installer also needs IPython.
mkdir -p "$JUPYTER_PATH/kernels/tslab"
printf '{"argv": ["%s", "kernel", "--config-path", "{connection_file}"], "display_name": "TypeScript", "language": "typescript"}\n' \
  "$root/node_modules/.bin/tslab" > "$JUPYTER_PATH/kernels/tslab/kernel.json"

# Run beside node_modules/claimgraph, as in a project that installed the package: tslab's
# TypeScript 5.0 finds the types there (it does not resolve a package's own name).
mkdir -p "$tmp/work/node_modules" "$root/test-output"
ln -s "$root" "$tmp/work/node_modules/claimgraph"
cp "$root/examples/article.ipynb" "$tmp/work/"
"$jupyter" nbconvert --to notebook --execute --ExecutePreprocessor.timeout="${NOTEBOOK_TIMEOUT:-120}" --ExecutePreprocessor.kernel_name=tslab \
  --output-dir "$root/test-output" --output article.executed.ipynb "$tmp/work/article.ipynb"
