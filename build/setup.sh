# Shared set-up for ./reform and ./test.sh. Sourced, not run.

# ensure_os_packages PKG...: installs the Debian packages that are missing (as root, or through sudo).
ensure_os_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "正在安装系统软件包：${missing[*]}" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "缺少系统软件包 ${missing[*]}，请以 root 身份运行：apt-get install -y ${missing[*]}" >&2
            return 1
        fi
    fi
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# source_stamp ROOT: a fingerprint of everything the build reads.
source_stamp() {
    local root="$1"
    local roots=()
    local p
    for p in pipeline dashboards docs/schema.md Directory.Build.props Directory.Packages.props global.json; do
        if [ -e "$root/$p" ]; then roots+=("$p"); fi
    done
    (cd "$root" && find "${roots[@]}" \
        -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.sql' -o -name '*.props' -o -name '*.json' \
        -o -name '*.css' -o -name '*.js' -o -name '*.html' -o -name 'schema.md' \) -not -path '*/bin/*' -not -path '*/obj/*' \
        -print0 2>/dev/null | sort -z | xargs -0 sha1sum | sha1sum | cut -d' ' -f1)
}

# ensure_built ROOT: builds the command-line program in Release when the sources changed since the last build.
ensure_built() {
    local root="$1"
    local stamp_file="$root/.build-stamp"
    local stamp
    stamp="$(source_stamp "$root")"
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ] \
        && [ -f "$root/pipeline/Reform.Cli/bin/Release/net10.0/reform.dll" ]; then
        return 0
    fi
    echo "正在编译 reform（Release）…" >&2
    local log
    log="$(mktemp)"
    if ! dotnet build "$root/pipeline/Reform.Cli/Reform.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "编译失败，见上面的错误信息。" >&2
        return 1
    fi
    rm -f "$log"
    echo "$stamp" > "$stamp_file"
}
