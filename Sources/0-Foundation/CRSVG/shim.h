#include <cairo.h>
#include <glib-object.h>

/* librsvg's own header (librsvg/rsvg.h) pulls in gio and gdk-pixbuf, whose pkg-config flags
   SwiftPM refuses with a warning (-pthread); the two functions used are declared here exactly as
   librsvg (2.46 and later) declares them, and the library is linked by name. */
typedef struct _RsvgHandle RsvgHandle;

typedef struct _RsvgRectangle {
    double x;
    double y;
    double width;
    double height;
} RsvgRectangle;

RsvgHandle *rsvg_handle_new_from_data(const guint8 *data, gsize data_len, GError **error);

gboolean rsvg_handle_render_document(
    RsvgHandle *handle, cairo_t *cr, const RsvgRectangle *viewport, GError **error);
