// The system zlib (Debian: zlib1g-dev), used to inflate OSM PBF blobs.
#include <zlib.h>
