#!/bin/sh
# Renders the SVG icons to PNG (16, 32, 64 px) so they show where Qt's SVG plugin is not
# installed. Run after editing an SVG: sh resources/icons/render-png.sh
set -e
cd "$(dirname "$0")"
for svg in *.svg; do
    base=${svg%.svg}
    for size in 16 32 64; do
        convert -background none -density 600 "$svg" -resize ${size}x${size} \
            -define png:exclude-chunks=date,time -strip "png/${base}-${size}.png"
    done
done
convert png/pingtool-16.png png/pingtool-32.png png/pingtool-64.png pingtool.ico
