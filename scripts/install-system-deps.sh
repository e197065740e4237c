#!/usr/bin/env bash
# System packages the test suite needs: Virtuoso (remote-store tests), Jupyter
# (the notebook tests, with the Python kernel), Chromium (browser tests), SPARQLWrapper,
# rdflib and networkx (Python clients of claimgraph serve and readers of its exports).
# Each is installed only if absent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

plain=()
lean=()
command -v virtuoso-t >/dev/null 2>&1 || lean+=(virtuoso-opensource-7-bin)
{ [ -x /usr/bin/jupyter ] && /usr/bin/python3 -c 'import nbclient, nbconvert' 2>/dev/null; } || plain+=(jupyter-nbconvert python3-nbclient jupyter-client)
[ -x /usr/bin/chromium ] || plain+=(chromium)
/usr/bin/python3 -c 'import SPARQLWrapper' 2>/dev/null || plain+=(python3-sparqlwrapper)
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || plain+=(python3-rdflib)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || plain+=(python3-networkx)
/usr/bin/python3 -c 'import ipykernel' 2>/dev/null || plain+=(python3-ipykernel)

if [ $(( ${#plain[@]} + ${#lean[@]} )) -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
apt-get update -qq
if [ ${#lean[@]} -gt 0 ]; then
  echo "system packages: installing ${lean[*]}"
  apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi
if [ ${#plain[@]} -gt 0 ]; then
  echo "system packages: installing ${plain[*]}"
  apt-get install -y -qq "${plain[@]}" >/dev/null
fi
echo "system packages: done"
