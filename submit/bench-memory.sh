# shellcheck shell=bash disable=SC2154  # dir and input: set by submit/bench
# bench --memory: how big a picture converts in how much driver memory (target P5 of the speed
# issue). Sourced by submit/bench after it has checked the options and emptied DIR; uses its
# input and dir, and its number and json_objects.
#
# From the 8K sample, libvips makes a 16K JPEG (the 8K tiled 2 x 2) and a gigapixel PNG (tiled
# 6 x 6, cut to 40000 x 25000); distgray converts the 8K and the 16K with a 1g driver and the
# gigapixel PNG with a 2g one, each to a gray PNG in band mode on local[2], and libvips does the
# same conversions. GNU time gives every process's peak resident memory.

work="$dir/memory"
mkdir -p "$work/in" "$work/out" "$work/logs" "$work/metrics"
command -v vips > /dev/null \
  || { echo "bench: --memory needs libvips (vips) to make its inputs;" \
         "Debian: apt-get install libvips-tools" >&2; exit 2; }
[[ -x /usr/bin/time ]] \
  || { echo "bench: --memory needs GNU time for peak memory; Debian: apt-get install time" >&2
       exit 2; }

echo "bench: making the 16K JPEG and the gigapixel PNG (about a minute)" >&2
cp "$input" "$work/in/8k.jpg"
vips replicate "$input" "$work/in/16k.jpg[Q=90]" 2 2
vips replicate "$input" "$work/tiled.v" 6 6
vips crop "$work/tiled.v" "$work/in/giga.png[compression=1]" 0 0 40000 25000
rm -f "$work/tiled.v"

# measure NAME TOOL MEMORY INPUT: one conversion, its row in memory.csv.
measure() {
  local name="$1" tool="$2" memory="$3" source="$work/in/$4"
  local out="$work/out/$tool-$name.png" log="$work/logs/$tool-$name.log"
  local metrics="$work/metrics/$name.json" status=0 job=""
  local size
  size="$(vipsheader -f width "$source")x$(vipsheader -f height "$source")"
  rm -f "$out"
  if [[ "$tool" == distgray ]]; then
    DISTGRAY_DRIVER_MEMORY="$memory" timeout 1800 /usr/bin/time -f '%M %e' -o "$log.time" \
      "$DISTGRAY_ROOT/submit/distgray" --master 'local[2]' --mode bands --format png --quiet \
      --max-pixels 2000000000 --metrics "$metrics" "$source" -o "$out" > "$log" 2>&1 || status=$?
    [[ -s "$metrics" ]] && job="$(number wall_ms "$metrics")"
  else
    timeout 1800 /usr/bin/time -f '%M %e' -o "$log.time" vips colourspace "$source" "$out" b-w \
      > "$log" 2>&1 || status=$?
  fi
  local peak_kb process_s result=converted
  read -r peak_kb process_s < <(tail -n 1 "$log.time")
  local made=""
  if [[ -s "$out" ]]; then
    made="$(vipsheader -f width "$out" 2>/dev/null)x$(vipsheader -f height "$out" 2>/dev/null)"
  fi
  if ((status != 0)) || [[ "$made" != "$size" ]]; then
    result="failed (exit $status; see $log)"
  fi
  echo "$name,$tool,$size,$memory,$result,$job,$process_s,$((peak_kb / 1024))" >> "$work/memory.csv"
  printf '%-10s %-9s %-12s %-7s %9s %10s %9s  %s\n' "$name" "$tool" "$size" "${memory:--}" \
    "$(awk -v t="$job" 'BEGIN { if (t != "") printf "%.2f", t / 1000 }')" "$process_s" \
    "$((peak_kb / 1024))" "$result"
}

echo "case,tool,size,driver_memory,result,job_ms,process_s,peak_rss_mb" > "$work/memory.csv"
printf '%-10s %-9s %-12s %-7s %9s %10s %9s  %s\n' case tool size driver "job s" "process s" \
  "peak MB" result
measure 8k-jpeg distgray 1g 8k.jpg
measure 8k-jpeg vips "" 8k.jpg
measure 16k-jpeg distgray 1g 16k.jpg
measure 16k-jpeg vips "" 16k.jpg
measure giga-png distgray 2g giga.png
measure giga-png vips "" giga.png
rm -f "$work"/out/*.png
{ printf '{\n  "runs": [\n'; json_objects "$work/memory.csv"; printf '  ]\n}\n'; } \
  > "$work/memory.json"
echo "bench: $work/memory.csv and $work/memory.json" >&2
