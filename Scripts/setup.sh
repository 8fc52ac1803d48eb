#!/usr/bin/env bash
# Installs the Debian packages Paperwork builds and tests with, when any is missing.
set -euo pipefail
# libqrencode-dev: QR codes in documents; zbar-tools: tests read them back; librsvg2-dev: SVG pictures' PNG fallback.
# postgresql: the store's tests on PostgreSQL; chromium and python3-venv: the browser test.
packages=(pkg-config libzip-dev libxml2-dev libyaml-dev libqrencode-dev librsvg2-dev zbar-tools libreoffice-writer-nogui
  poppler-utils valgrind time postgresql chromium python3-venv)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Устанавливаю пакеты: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
