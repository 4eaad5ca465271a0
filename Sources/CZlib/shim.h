#ifndef POORTWACHTER_CZLIB_SHIM_H
#define POORTWACHTER_CZLIB_SHIM_H
/* zlib's inflate, for the entries of a Word document (docx) an original may be. */
#include <zlib.h>
#endif
