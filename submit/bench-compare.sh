# shellcheck shell=bash disable=SC2154  # dir, runs, images, workloads: set by submit/bench
# bench --compare: distgray beside the single-machine tools a user would pick instead, on the same
# inputs in the same call. Sourced by submit/bench after it has checked the options and emptied
# DIR; uses its input, runs, images, workloads and dir, and its number, json_objects, absolute.
#
# Every run is timed as a whole process by one helper (timed_ms); distgray's job time is the
# wall_ms of its --metrics file. The tools take turns: for each workload, run 1 of every tool,
# then run 2 of every tool, and so on, so a slow spell of a shared machine hits all of them.

run_limit_s=900   # no single run may take longer than this
quality=90        # JPEG quality of every tool: distgray's default
distgray_master="local[2]"
work="$dir/work"
input="$(absolute "$input")"

# timed_ms LOG COMMAND...: runs COMMAND with its output in LOG, at most run_limit_s, and sets
# elapsed_ms to its wall time. A failure or a timeout is named on stderr and ends the benchmark.
# timeout runs COMMAND in a process group of its own, which an interrupt of bench stops too.
running=""
trap '[[ -z "$running" ]] || kill -TERM -- "-$running" 2> /dev/null; exit 130' INT TERM
timed_ms() {
  local log="$1" start end status=0
  shift
  start="$(date +%s%N)"
  timeout "$run_limit_s" "$@" > "$log" 2>&1 &
  running=$!
  wait "$running" || status=$?
  end="$(date +%s%N)"
  running=""
  if ((status == 124)); then
    echo "bench: $(basename "$1") took more than $run_limit_s s and was stopped; see $log" >&2
    exit 1
  elif ((status != 0)); then
    echo "bench: $(basename "$1") failed (exit $status); see $log" >&2
    exit 1
  fi
  elapsed_ms=$(((end - start) / 1000000))
}

# The other tools found here; a missing one is named and skipped.
peers=()
magick="" python=""
if command -v vips > /dev/null; then
  peers+=(vips)
else
  echo "bench: libvips (vips) not found, skipped; Debian: apt-get install libvips-tools" >&2
fi
# The real ImageMagick: /usr/bin first, since a wrapper of the same name may come earlier in PATH.
for candidate in /usr/bin/magick /usr/bin/convert "$(command -v magick || true)" \
  "$(command -v convert || true)"; do
  if [[ -x "$candidate" ]] \
    && "$candidate" -version 2> /dev/null | head -n 1 | grep -q ImageMagick; then
    magick="$candidate"
    peers+=(imagemagick)
    break
  fi
done
[[ -n "$magick" ]] || echo "bench: ImageMagick (magick or convert) not found, skipped" >&2
for candidate in "$(command -v python3 || true)" /usr/bin/python3; do
  if [[ -x "$candidate" ]] && "$candidate" -c 'import PIL' 2> /dev/null; then
    python="$candidate"
    peers+=(pillow)
    break
  fi
done
[[ -n "$python" ]] || echo "bench: Pillow (python3 -c 'import PIL') not found, skipped" >&2
pillow_gray='import sys
from PIL import Image
Image.open(sys.argv[1]).convert("L").save(sys.argv[2], quality=int(sys.argv[3]))'

# peer_command TOOL IN OUT: sets cmd to the command by which TOOL writes IN as the gray OUT (its
# format from its extension). IN and OUT may hold xargs' {} placeholder.
peer_command() {
  local tool="$1" in="$2" out="$3"
  case "$tool,$out" in
    vips,*.jpg) cmd=(vips colourspace "$in" "${out}[Q=$quality]" b-w) ;;
    vips,*) cmd=(vips colourspace "$in" "$out" b-w) ;;
    imagemagick,*.jpg) cmd=("$magick" "$in" -colorspace Gray -quality "$quality" "$out") ;;
    imagemagick,*) cmd=("$magick" "$in" -colorspace Gray "$out") ;;
    pillow,*) cmd=("$python" -c "$pillow_gray" "$in" "$out" "$quality") ;;
  esac
}

# The batch: JPEGs of 4 to 15 MP from data/, copied under distinct names into nested folders.
batch_sources=("$DISTGRAY_ROOT/data/flow_5k.jpg" "$DISTGRAY_ROOT/data/summer_1am_2560.jpg")
mkdir -p "$work/logs" "$work/metrics"
if [[ ",$workloads," == *,batch,* ]]; then
  for ((i = 0; i < images; i++)); do
    source_file="${batch_sources[i % ${#batch_sources[@]}]}"
    folder="set-$((i % 4))/part-$((i / 4 % 2))"
    mkdir -p "$work/batch/$folder"
    cp "$source_file" "$work/batch/$folder/$(printf '%03d' "$i")-$(basename "$source_file")"
  done
  (cd "$work/batch" && find . -name '*.jpg' -print0 | sort -z) > "$work/batch.list"
fi

# run_once WORKLOAD TOOL RUN: one timed run; appends its row to the runs table.
workload_images="" workload_mp=""
run_once() {
  local workload="$1" tool="$2" r="$3"
  local out="$work/out/$tool-$workload" log="$work/logs/$tool-$workload-$r.log"
  local extension=png job="" process expected=1 written
  [[ "$workload" == png ]] || extension=jpg
  rm -rf "$out"
  mkdir -p "$out"
  if [[ "$workload" == batch ]]; then
    expected="$images"
    (cd "$work/batch" && find . -type d) | (cd "$out" && xargs mkdir -p)
  fi
  if [[ "$tool" == distgray ]]; then
    local metrics="$work/metrics/$workload-$r.json" mode=bands source="$input"
    local target="$out/gray.$extension"
    if [[ "$workload" == batch ]]; then
      mode=images source="$work/batch" target="$out"
    fi
    timed_ms "$log" "$DISTGRAY_ROOT/submit/distgray" --master "$distgray_master" \
      --mode "$mode" --format "${extension/jpg/jpeg}" --quiet --overwrite --metrics "$metrics" \
      "$source" -o "$target"
    job="$(number wall_ms "$metrics")"
    workload_images="$(number images_converted "$metrics")"
    workload_mp="$(awk -v p="$(number pixels_converted "$metrics")" \
      'BEGIN {printf "%.1f", p / 1e6}')"
  elif [[ "$workload" == batch ]]; then
    peer_command "$tool" "$work/batch/{}" "$out/{}"
    timed_ms "$log" xargs -0 -P 2 -I '{}' -a "$work/batch.list" "${cmd[@]}"
  else
    peer_command "$tool" "$input" "$out/gray.$extension"
    timed_ms "$log" "${cmd[@]}"
  fi
  process="$elapsed_ms"
  written="$(find "$out" -type f -name "*.$extension" ! -name '.*' | wc -l)"
  if ((written != expected)); then
    echo "bench: $tool wrote $written of $expected images for $workload; see $log" >&2
    exit 1
  fi
  echo "$workload,$tool,$r,$workload_images,$workload_mp,$job,$process,," >> "$work/runs.csv"
  echo "bench: $workload run $r/$runs $tool:" \
    "$(awk -v t="$process" 'BEGIN {printf "%.2f", t / 1000}') s" >&2
}

columns="workload,tool,run,images,megapixels,job_ms,process_ms,job_ratio,process_ratio"
echo "$columns" > "$work/runs.csv"
for workload in ${workloads//,/ }; do
  for ((r = 1; r <= runs; r++)); do
    for tool in distgray "${peers[@]}"; do
      run_once "$workload" "$tool" "$r"
    done
  done
done

# Medians per workload and tool; each other tool's row has distgray's job and whole-process
# medians divided by that tool's whole-process median (below 1: distgray is faster).
awk -F, -v OFS=, '
  function median(values,   n, v, i, j, t) {
    n = split(values, v, " ")
    for (i = 2; i <= n; i++) {
      t = v[i] + 0
      for (j = i - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]
      v[j + 1] = t
    }
    return n % 2 ? v[(n + 1) / 2] + 0 : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  function ratio(a, b) { return (a == "" || b + 0 == 0) ? "" : sprintf("%.3f", a / b) }
  NR == 1 { print; next }
  { key = $1 SUBSEP $2
    if (!(key in process)) order[++count] = key
    images[key] = $4; mp[key] = $5; process[key] = process[key] " " $7
    if ($6 != "") job[key] = job[key] " " $6 }
  END {
    for (i = 1; i <= count; i++) {
      key = order[i]
      p[key] = sprintf("%.0f", median(process[key]))
      j[key] = (key in job) ? sprintf("%.0f", median(job[key])) : ""
    }
    for (i = 1; i <= count; i++) {
      key = order[i]; split(key, name, SUBSEP); d = name[1] SUBSEP "distgray"
      jr = pr = ""
      if (name[2] != "distgray" && (d in p)) { jr = ratio(j[d], p[key]); pr = ratio(p[d], p[key]) }
      print name[1], name[2], "median", images[key], mp[key], j[key], p[key], jr, pr
    }
  }' "$work/runs.csv" > "$work/medians.csv"
{ cat "$work/runs.csv"; tail -n +2 "$work/medians.csv"; } > "$dir/compare.csv"

# The targets of the speed work, each a ratio of medians against libvips.
echo "target,workload,peer,measure,ratio,limit,status" > "$work/targets.csv"
target() {  # target NAME WORKLOAD COLUMN MEASURE LIMIT
  local ratio status
  ratio="$(awk -F, -v w="$2" -v c="$3" '$1 == w && $2 == "vips" { print $c }' "$work/medians.csv")"
  if [[ -z "$ratio" ]]; then
    status="not measured"
  elif awk -v r="$ratio" -v l="$5" 'BEGIN { exit !(r <= l) }'; then
    status=met
  else
    status=missed
  fi
  echo "$1,$2,vips,$4,$ratio,$5,$status" >> "$work/targets.csv"
}
target P1 png 8 "distgray job / libvips whole process" 0.3
target P1 jpeg 8 "distgray job / libvips whole process" 1.0
target P2 batch 9 "distgray whole process / libvips -P2 whole process" 0.67

{
  printf '{\n  "input": "%s",\n  "batch_images": %d,\n  "runs_per_tool": %d,\n' \
    "$input" "$images" "$runs"
  printf '  "distgray_master": "%s",\n  "runs": [\n' "$distgray_master"
  json_objects "$work/runs.csv"
  printf '  ],\n  "medians": [\n'
  json_objects "$work/medians.csv"
  printf '  ],\n  "targets": [\n'
  json_objects "$work/targets.csv"
  printf '  ]\n}\n'
} > "$dir/compare.json"

seconds() { [[ -z "$1" ]] || awk -v t="$1" 'BEGIN {printf "%.2f", t / 1000}'; }
printf 'medians of %d run(s) per tool; distgray on %s; %s\n' "$runs" "$distgray_master" \
  "ratios are distgray / tool (below 1: distgray faster)"
printf '%-8s %-12s %6s %8s %9s %10s %10s %13s\n' workload tool images MP "job s" "process s" \
  "job/tool" "process/tool"
while IFS=, read -r workload tool _ n mp job process job_ratio process_ratio; do
  printf '%-8s %-12s %6s %8s %9s %10s %10s %13s\n' "$workload" "$tool" "$n" "$mp" \
    "$(seconds "$job")" "$(seconds "$process")" "$job_ratio" "$process_ratio"
done < <(tail -n +2 "$work/medians.csv")
echo
while IFS=, read -r name workload _ measure ratio limit status; do
  printf '%s %-5s %-52s %6s (target <= %s)  %s\n' "$name" "$workload" "$measure" \
    "${ratio:--}" "$limit" "$status"
done < <(tail -n +2 "$work/targets.csv")
echo "bench: $dir/compare.csv and $dir/compare.json" >&2
