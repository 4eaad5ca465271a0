#ifndef POORTWACHTER_CLIBXML2_SHIM_H
#define POORTWACHTER_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in the system ICU headers when ICU support is on; they clash with
   Foundation's own ICU module. Nothing here uses libxml2's ICU converters, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#endif
