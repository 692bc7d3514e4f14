// The system libbz2 (Debian: libbz2-dev), used to read bzip2-compressed OSM XML (.osm.bz2).
#include <bzlib.h>
