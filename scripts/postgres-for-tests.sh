#!/usr/bin/env bash
# Print a PostgreSQL URL for the test suite, starting this machine's server if needed.
# Uses DABIR_TEST_PG_URL when it is already set. Needs root to start the Debian cluster.
set -euo pipefail
if [ -n "${DABIR_TEST_PG_URL:-}" ]; then echo "$DABIR_TEST_PG_URL"; exit 0; fi
command -v pg_ctlcluster >/dev/null 2>&1 || { echo "no PostgreSQL server on this machine" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "starting PostgreSQL needs root (or set DABIR_TEST_PG_URL)" >&2; exit 1; }
version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
[ -n "$version" ] || { echo "no PostgreSQL cluster found (pg_lsclusters)" >&2; exit 1; }
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='dabir'\"" | grep -q 1 \
  || su postgres -c "psql -p $port -c \"CREATE ROLE dabir LOGIN PASSWORD 'dabir' CREATEDB\"" >&2
su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='dabir_test'\"" | grep -q 1 \
  || su postgres -c "psql -p $port -c 'CREATE DATABASE dabir_test OWNER dabir'" >&2
echo "postgresql://dabir:dabir@localhost:$port/dabir_test"
