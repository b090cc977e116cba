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
# The house style (.editorconfig) is checked, not only suggested: a file that `dotnet format` would change fails
# the run; `dotnet format ReformAnalytics.sln` fixes it.
if ! dotnet format ReformAnalytics.sln --verify-no-changes --no-restore; then
  echo "test.sh: formatting differs from .editorconfig; run: dotnet format ReformAnalytics.sln" >&2
  exit 1
fi
dotnet test ReformAnalytics.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@"
