#!/bin/sh
# Renders the SVG icons to PNG so they show where Qt's SVG plugin is not installed: status and
# tray icons at 16, 32, 64 px; the application icon also at the hicolor theme's sizes 22, 24, 48,
# 128 and 256. Run after editing an SVG: sh resources/icons/render-png.sh
set -e
cd "$(dirname "$0")"
for svg in *.svg; do
    base=${svg%.svg}
    sizes="16 32 64"
    [ "$base" = pingtool ] && sizes="16 22 24 32 48 64 128 256"
    for size in $sizes; do
        convert -background none -density 600 "$svg" -resize ${size}x${size} \
            -define png:exclude-chunks=date,time -strip "png/${base}-${size}.png"
    done
done
convert png/pingtool-16.png png/pingtool-24.png png/pingtool-32.png png/pingtool-48.png \
    png/pingtool-64.png png/pingtool-256.png pingtool.ico
