#!/usr/bin/env bash
# Regenerates the demo's test media: placeholder avatars, test-pattern "photos", poster frames and
# a short test clip (testsrc2 + a sine tone) in MP4/WebM, landscape and portrait.
# Nothing here shows a real person or a real scene; see demo/media/README.md.
#
#   bash scripts/make-media.sh            (needs ffmpeg with libx264, libvpx-vp9, libopus, libwebp)
set -euo pipefail
cd "$(dirname "$0")/.."

IMG=demo/img
MEDIA=demo/media
mkdir -p "$IMG" "$MEDIA"

FF=(ffmpeg -hide_banner -loglevel error -y)
# Strip metadata and encoder tags so that regenerating gives the same bytes where codecs allow.
CLEAN=(-map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact)
DURATION=8

still() { # still <lavfi source> <seek seconds> <output>
  "${FF[@]}" -f lavfi -i "$1" -ss "$2" -frames:v 1 "${CLEAN[@]}" -q:v 5 "$3"
}

# --- avatars: plain colour / gradient placeholders, 128×128 -------------------------------------
still "color=c=0x2f6f8f:s=128x128:d=1" 0 "$IMG/avatar-1.jpg"
"${FF[@]}" -f lavfi -i "gradients=s=128x128:c0=0x8f3f2f:c1=0xe0a040:x0=0:y0=0:x1=128:y1=128:seed=1:d=1" \
  -frames:v 1 "${CLEAN[@]}" "$IMG/avatar-2.png"
"${FF[@]}" -f lavfi -i "gradients=s=128x128:c0=0x2f5f3f:c1=0x90d0a0:x0=0:y0=128:x1=128:y1=0:seed=2:d=1" \
  -frames:v 1 "${CLEAN[@]}" -c:v libwebp -quality 70 "$IMG/avatar-3.webp"
still "color=c=0x5a4a8a:s=128x128:d=1" 0 "$IMG/avatar-4.jpg"
still "color=c=0x6b6b6b:s=128x128:d=1" 0 "$IMG/avatar-5.jpg"

# --- "photos": test patterns, honest about what they are --------------------------------------
still "testsrc2=s=800x450:r=25:d=1" 0 "$IMG/photo-testsrc2.jpg"
still "mandelbrot=s=800x450:r=25" 2 "$IMG/photo-mandelbrot.jpg"
"${FF[@]}" -f lavfi -i "gradients=s=800x450:c0=0x1d3557:c1=0xe63946:c2=0xf1faee:n=3:seed=7:d=1" \
  -frames:v 1 "${CLEAN[@]}" -q:v 5 "$IMG/photo-gradient.jpg"
still "smptehdbars=s=600x800:d=1" 0 "$IMG/photo-bars-portrait.jpg"
# Placeholder for the article's lead photo (the original is an agency photo we do not have).
"${FF[@]}" -f lavfi -i "gradients=s=1200x630:c0=0x3a3a3a:c1=0x8a8a8a:x0=0:y0=0:x1=1200:y1=630:seed=3:d=1" \
  -frames:v 1 "${CLEAN[@]}" -q:v 6 "$IMG/photo-article-placeholder.jpg"

# --- poster frames for <video-appeal> ----------------------------------------------------------
still "testsrc2=s=640x360:r=25:d=$DURATION" 1 "$IMG/poster-appeal.jpg"
still "mandelbrot=s=640x360:r=25" 4 "$IMG/poster-alhamdo.jpg"
still "smptehdbars=s=640x360:d=1" 0 "$IMG/poster-live.jpg"

# --- the test clip: testsrc2 + 440 Hz sine, 8 s ------------------------------------------------
VIDEO_LANDSCAPE="testsrc2=s=640x360:r=15:d=$DURATION"
VIDEO_PORTRAIT="testsrc2=s=360x640:r=15:d=$DURATION"
AUDIO="sine=frequency=440:sample_rate=48000:duration=$DURATION"

"${FF[@]}" -f lavfi -i "$VIDEO_LANDSCAPE" -f lavfi -i "$AUDIO" "${CLEAN[@]}" \
  -c:v libx264 -preset slow -crf 36 -pix_fmt yuv420p -profile:v main -g 30 \
  -c:a aac -b:a 32k -ac 1 -movflags +faststart -shortest "$MEDIA/appeal.mp4"
"${FF[@]}" -f lavfi -i "$VIDEO_LANDSCAPE" -f lavfi -i "$AUDIO" "${CLEAN[@]}" \
  -c:v libvpx-vp9 -b:v 0 -crf 50 -row-mt 1 -deadline good -cpu-used 4 -g 30 \
  -c:a libopus -b:a 24k -ac 1 -shortest "$MEDIA/appeal.webm"
"${FF[@]}" -f lavfi -i "$VIDEO_PORTRAIT" -f lavfi -i "$AUDIO" "${CLEAN[@]}" \
  -c:v libx264 -preset slow -crf 36 -pix_fmt yuv420p -profile:v main -g 30 \
  -c:a aac -b:a 32k -ac 1 -movflags +faststart -shortest "$MEDIA/appeal-portrait.mp4"

ls -l "$IMG" "$MEDIA"
