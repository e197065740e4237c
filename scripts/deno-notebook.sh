#!/usr/bin/env bash
# Execute examples/deno.ipynb headless with Deno's Jupyter kernel and Debian's Jupyter.
# Writes test-output/deno.executed.ipynb; exits non-zero when a cell fails.
# Needs: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client; Deno comes from
# the deno development dependency (npm install), or set DENO to a deno binary.
# The notebook imports 'claimgraph' (dist/index.js): build first (npm test does).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jupyter=/usr/bin/jupyter   # python3 on PATH may be a Python without Jupyter
deno="${DENO:-$root/node_modules/.bin/deno}"
[ -x "$jupyter" ] || { echo "deno-notebook.sh: $jupyter is missing; run: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client" >&2; exit 3; }
[ -x "$deno" ] || { echo "deno-notebook.sh: $deno is missing; run: npm install" >&2; exit 3; }
[ -f "$root/dist/index.js" ] || { echo "deno-notebook.sh: dist/index.js is missing; run: npm run build" >&2; exit 3; }

# Kernel spec, runtime files, config and Deno's cache in a temporary folder: the home directory stays clean.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/share" JUPYTER_PATH="$tmp/share/jupyter" JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" \
  JUPYTER_CONFIG_DIR="$tmp/config" IPYTHONDIR="$tmp/ipython" DENO_DIR="$tmp/deno" DENO_NO_UPDATE_CHECK=1 NO_COLOR=1
# deno jupyter --install writes its spec under $XDG_DATA_HOME/jupyter/kernels (it does not read JUPYTER_DATA_DIR).
"$deno" jupyter --install --force >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; exit 1; }
[ -f "$JUPYTER_PATH/kernels/deno/kernel.json" ] || { echo "deno-notebook.sh: no kernel spec in $JUPYTER_PATH/kernels/deno" >&2; cat "$tmp/install.log" >&2; exit 1; }

# Run in a project that installed the package: with a package.json beside node_modules, Deno
# resolves 'claimgraph' and its dependencies from node_modules and never asks a registry.
mkdir -p "$tmp/work/node_modules" "$root/test-output"
ln -s "$root" "$tmp/work/node_modules/claimgraph"
printf '{"name": "claimgraph-notebook", "private": true, "type": "module"}\n' > "$tmp/work/package.json"
cp "$root/examples/deno.ipynb" "$tmp/work/"
# Executed by nbconvert's ExecutePreprocessor made to wait for outputs Deno's kernel sends after
# reporting idle (scripts/settling_execute.py says why).
PYTHONPATH="$root/scripts${PYTHONPATH:+:$PYTHONPATH}" "$jupyter" nbconvert --to notebook \
  --NotebookExporter.preprocessors='["settling_execute.SettlingExecutePreprocessor"]' \
  --SettlingExecutePreprocessor.timeout="${NOTEBOOK_TIMEOUT:-120}" --SettlingExecutePreprocessor.kernel_name=deno \
  --output-dir "$root/test-output" --output deno.executed.ipynb "$tmp/work/deno.ipynb"
