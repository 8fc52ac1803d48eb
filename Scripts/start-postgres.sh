#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback for the store's tests (a throwaway role and database) and
# prints the address to export as PAPERWORK_TEST_POSTGRES. Needs root (CI) or sudo. Safe to run
# again: a running server is kept, a stopped one is started, and the address is checked by
# signing in over TCP before it is printed.
set -euo pipefail
# Only the address goes to standard output; whatever the tools say (pg_ctlcluster's notes) goes to
# standard error, and the server started here holds no descriptor of the caller's pipe.
exec 3>&1 1>&2
ctl() { $sudo pg_ctlcluster "$version" main "$1" 3>&-; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
cluster() { pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"'; }
[ -n "$(cluster)" ] || $sudo pg_createcluster "$version" main >/dev/null
config="/etc/postgresql/$version/main/postgresql.conf"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$config"; then
  $sudo sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$config"
  if cluster | grep -q online; then ctl restart; fi
fi
cluster | grep -q online || ctl start
port="$(cluster | awk '{print $3}')"
as_postgres() { if [ -z "$sudo" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'paperwork_test'" | grep -q 1; then
  as_postgres psql -p "$port" -qc "CREATE ROLE paperwork_test LOGIN PASSWORD 'paperwork_test'"
fi
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'paperwork_test'" | grep -q 1; then
  as_postgres createdb -p "$port" -O paperwork_test paperwork_test
fi
as_postgres psql -p "$port" -qc "ALTER DATABASE paperwork_test OWNER TO paperwork_test"
url="postgres://paperwork_test:paperwork_test@127.0.0.1:$port/paperwork_test?sslmode=disable"
for _ in $(seq 1 20); do
  if PGPASSWORD=paperwork_test psql "$url" -tAc "SELECT 1" >/dev/null 2>&1; then
    echo "$url" >&3
    exit 0
  fi
  sleep 1
done
{
  echo "PostgreSQL не принимает вход по $url за 20 с:"
  PGPASSWORD=paperwork_test psql "$url" -tAc "SELECT 1" || true
  pg_lsclusters
  tail -20 "/var/log/postgresql/postgresql-$version-main.log" || true
} >&2
exit 1
