# Shared by scripts/test, scripts/demo and scripts/bench: Debian packages, PostgreSQL for the
# tests, and the CMake build. Source it; it expects to run from the repository root.

# Debian 12 packages the build, the tests and the demo need.
CIVIC_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6core5compat6-dev
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libcpp-httplib-dev libsodium-dev libxlsxwriter-dev libdtl-dev libsqlite3-dev
    fonts-noto-cjk
    postgresql
    dbus dbus-x11 gnome-keyring
    xvfb xauth
    poppler-utils xlsx2csv desktop-file-utils nsis
    clang libclang-rt-14-dev
)

civic_log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "need root (or sudo) for: $*" >&2
        return 1
    fi
}

ensure_packages() {
    local missing=()
    local p
    for p in "${CIVIC_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        civic_log "all Debian packages present"
        return 0
    fi
    civic_log "installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Starts the Debian PostgreSQL 15 cluster on loopback and makes the role the tests use.
# Prints why and returns non-zero when it cannot; the tests then skip their PostgreSQL half.
CIVIC_TEST_PG_URL_DEFAULT="postgresql://civic_test:civic_test@127.0.0.1:5432/postgres"
start_postgres() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        echo "PostgreSQL is not installed" >&2
        return 1
    fi
    local version
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
    if [ -z "$version" ]; then
        echo "no PostgreSQL server version found under /usr/lib/postgresql" >&2
        return 1
    fi
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
        as_root pg_createcluster "$version" main >/dev/null || return 1
    fi
    if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
        civic_log "starting PostgreSQL $version"
        as_root pg_ctlcluster "$version" main start || return 1
    fi
    as_root runuser -u postgres -- psql -qAt -c \
        "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'civic_test') THEN
            CREATE ROLE civic_test LOGIN PASSWORD 'civic_test' CREATEDB; END IF; END\$\$" >/dev/null || return 1
    export CIVIC_TEST_PG_URL="${CIVIC_TEST_PG_URL:-$CIVIC_TEST_PG_URL_DEFAULT}"
    civic_log "PostgreSQL $version is up for the tests"
}

# Configures and builds a CMake preset (dev, testing, release).
civic_build() {
    local preset=$1
    shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    civic_log "configuring ($preset)"
    cmake --preset "$preset" "${launcher[@]}" "$@" >/dev/null
    civic_log "building ($preset)"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

# Configures and builds the libFuzzer targets (preset fuzz: clang, ASan, UBSan; tests/fuzz).
# SECONDS, when given, is how long each CTest fuzz_<name> test fuzzes after its corpus.
civic_build_fuzz() {
    local settings=()
    if command -v ccache >/dev/null 2>&1; then
        settings=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    if [ -n "${1:-}" ]; then
        settings+=(-DCIVIC_FUZZ_SECONDS="$1")
    fi
    civic_log "configuring (fuzz)"
    cmake --preset fuzz "${settings[@]}" >/dev/null
    civic_log "building (fuzz)"
    cmake --build --preset fuzz --parallel "$(nproc)"
}
