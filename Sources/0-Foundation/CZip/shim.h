#ifndef PAPERWORK_CZIP_SHIM_H
#define PAPERWORK_CZIP_SHIM_H
#include <zip.h>
#endif
