#ifndef PAPERWORK_CLIBXML2_SHIM_H
#define PAPERWORK_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its unicode headers clash with the ICU that
// Foundation ships. We never use libxml2's ICU API, so hide it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/entities.h>

/// xmlFree is a global function pointer; Swift 6 cannot touch it safely, so call it here.
static inline void paperwork_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
