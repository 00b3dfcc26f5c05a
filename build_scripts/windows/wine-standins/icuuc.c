/* Wine-only stand-in for Windows' icuuc.dll (see README.md): never shipped.
   Qt 6 Core imports these converter functions; opening a converter always fails, so Qt falls
   back to its built-in UTF-8/UTF-16/Latin-1 codecs and never calls the others. */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
enum { U_FILE_ACCESS_ERROR = 4 };

EXPORT void *ucnv_open(const char *name, int *status) { (void)name; if (status) *status = U_FILE_ACCESS_ERROR; return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT signed char ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, int *status) { (void)cnv; if (status) *status = U_FILE_ACCESS_ERROR; return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *b, void **d, const void **e, int *status) { (void)c; (void)a; (void)b; (void)d; (void)e; if (status) *status = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *b, void **d, const void **e, int *status) { (void)c; (void)a; (void)b; (void)d; (void)e; if (status) *status = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_cbToUWriteUChars(void *a, const void *b, int c, int d, int *status) { (void)a; (void)b; (void)c; (void)d; if (status) *status = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const void **b, const void *c, int d, int *status) { (void)a; (void)b; (void)c; (void)d; if (status) *status = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int *o, int f, int *status) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (status) *status = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int *o, int f, int *status) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (status) *status = U_FILE_ACCESS_ERROR; }
EXPORT int ucnv_toUCountPending(const void *c, int *status) { (void)c; (void)status; return 0; }
EXPORT int ucnv_fromUCountPending(const void *c, int *status) { (void)c; (void)status; return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, int *status) { (void)n; (void)s; (void)status; return NULL; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const void *c, int d, int e, int f, int *status) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)status; }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const char *c, int d, int e, int *status) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)status; }
