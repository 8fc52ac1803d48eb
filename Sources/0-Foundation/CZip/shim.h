#ifndef PAPERWORK_CZIP_SHIM_H
#define PAPERWORK_CZIP_SHIM_H
#include <zip.h>
/* zlib, which libzip itself uses: ZipTemplate deflates replaced entries with it directly. */
#include <zlib.h>
#endif
