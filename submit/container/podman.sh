# shellcheck shell=bash
# Shared by submit/container-test and submit/container/base-image: podman set up for machines
# where its defaults do not work, and the Debian base image built without a registry. Sourced.

# Writes a containers.conf into DIR and points podman at it (CONTAINERS_CONF), leaving the
# system's files alone: runc (crun fails on hosts with hybrid cgroups), cgroupfs and a file
# event log (no systemd needed), netavark networks (container-name DNS), and default ulimits
# no higher than this machine's hard limits: podman's defaults (1048576 files) exceed them on
# some VMs, and runc is refused a process limit above the kernel's pid_max there.
use_podman_conf() {
  local dir="$1" files procs pid_max
  files="$(ulimit -Hn)" procs="$(ulimit -Hu)"
  pid_max="$(cat /proc/sys/kernel/pid_max 2>/dev/null || echo 32768)"
  [[ "$files" == unlimited || "$files" -gt 1048576 ]] && files=1048576
  [[ "$procs" == unlimited || "$procs" -gt "$pid_max" ]] && procs="$pid_max"
  cat > "$dir/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=$files:$files", "nproc=$procs:$procs"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"

[network]
network_backend = "netavark"
CONF
  export CONTAINERS_CONF="$dir/containers.conf"
}

# The Debian mirror apt uses here: the first deb URI in /etc/apt/sources.list or in the
# deb822 files under /etc/apt/sources.list.d/ whose suite is the release itself.
debian_mirror() {
  local release="$1" mirror
  mirror="$(awk -v rel="$release" '$1 == "deb" {
      i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
      if ($(i + 1) == rel) { print $i; exit } }' /etc/apt/sources.list 2>/dev/null || true)"
  if [[ -z "$mirror" ]]; then
    mirror="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v rel="$release" '
      /^$/ { if (uri != "" && found) { print uri; exit } uri = ""; found = 0; next }
      tolower($1) == "uris:" { uri = $2 }
      tolower($1) == "suites:" { for (i = 2; i <= NF; i++) if ($i == rel) found = 1 }
      END { if (uri != "" && found) print uri }' | head -n 1)"
  fi
  [[ -n "$mirror" ]] || { echo "no apt source for Debian $release found" >&2; return 1; }
  echo "$mirror"
}

# Makes the local image TAG, a minimal Debian RELEASE with a Java 17 JRE, with debootstrap from
# apt's mirror, when it does not exist yet: for machines that reach no container registry.
# Needs root (debootstrap), about 3.5 minutes and 350 MB. Work files go under WORK_DIR.
ensure_base_image() {
  local tag="$1" release="$2" work_dir="$3" mirror root
  if podman image exists "$tag"; then return 0; fi
  command -v debootstrap >/dev/null \
    || { echo "debootstrap is missing: apt-get install debootstrap" >&2; return 1; }
  mirror="$(debian_mirror "$release")"
  root="$work_dir/rootfs"
  echo "building the base image $tag: debootstrap $release from $mirror (a few minutes)..." >&2
  if ! debootstrap --variant=minbase --include=openjdk-17-jre-headless \
      "$release" "$root" "$mirror" > "$work_dir/debootstrap.log" 2>&1; then
    tail -n 20 "$work_dir/debootstrap.log" >&2
    echo "debootstrap failed; its log is above" >&2
    return 1
  fi
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/bash"]' - "$tag" > /dev/null
  rm -rf "$root"
}
