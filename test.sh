#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine with the .NET SDK it installs what the tests need
# (a CJK font for chart tests, Chromium for browser tests) and restores NuGet packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=build/setup.sh
source "$root/build/setup.sh"

ensure_os_packages fonts-noto-cjk chromium
cd "$root"
dotnet build ReformAnalytics.sln -c Release -nologo -clp:ErrorsOnly
dotnet test ReformAnalytics.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@"
