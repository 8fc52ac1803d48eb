#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback for the store's tests (a throwaway role and database) and
# prints the address to export as PAPERWORK_TEST_POSTGRES. Needs root (CI) or sudo.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | grep -q "^$version main"; then
  $sudo pg_createcluster "$version" main >/dev/null
fi
$sudo sed -i "s/^#\?listen_addresses.*/listen_addresses = 'localhost'/" "/etc/postgresql/$version/main/postgresql.conf"
pg_lsclusters -h | grep "^$version main" | grep -q online || $sudo pg_ctlcluster "$version" main start
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
as_postgres() { if [ -z "$sudo" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'paperwork_test'" | grep -q 1; then
  as_postgres psql -p "$port" -qc "CREATE ROLE paperwork_test LOGIN PASSWORD 'paperwork_test'"
fi
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'paperwork_test'" | grep -q 1; then
  as_postgres createdb -p "$port" -O paperwork_test paperwork_test
fi
as_postgres psql -p "$port" -qc "ALTER DATABASE paperwork_test OWNER TO paperwork_test"
echo "postgres://paperwork_test:paperwork_test@127.0.0.1:$port/paperwork_test?sslmode=disable"
