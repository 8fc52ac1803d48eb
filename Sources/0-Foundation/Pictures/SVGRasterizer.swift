internal import CRSVG

/// Draws an SVG into a PNG with librsvg on a cairo image surface: the fallback Word before 2016
/// and other readers show instead of the vector picture. The one place of the program that calls
/// librsvg and cairo; each C handle has one owner class that frees it.
///
/// librsvg gets no base file, so it loads nothing from outside the picture (only `data:`);
/// ``SVGSafety`` has refused external references before that.
enum SVGRasterizer {
    /// The PNG of `svg` fitted into `width` × `height` pixels, on a transparent background.
    static func png(_ svg: SVGImage, width: Int, height: Int) throws -> [UInt8] {
        let failed = PictureError(
            .damaged, "рисунок SVG не удалось нарисовать для запасной картинки PNG; сохраните его заново")
        let handle = try Handle(svg.bytes, failure: failed)
        let surface = Surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)))
        guard let rawSurface = surface.raw, cairo_surface_status(rawSurface) == CAIRO_STATUS_SUCCESS else {
            throw failed
        }
        let context = Context(cairo_create(rawSurface))
        guard let cairo = context.raw, cairo_status(cairo) == CAIRO_STATUS_SUCCESS else { throw failed }
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        var error: UnsafeMutablePointer<GError>?
        let drawn = rsvg_handle_render_document(handle.raw, cairo, &viewport, &error)
        if let error { g_error_free(error) }
        guard drawn != 0 else { throw failed }
        cairo_surface_flush(rawSurface)
        let output = PNGOutput()
        let status = cairo_surface_write_to_png_stream(
            rawSurface,
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PNGOutput>.fromOpaque(closure).takeUnretainedValue().bytes
                    .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(output).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw failed }
        return withExtendedLifetime(output) { output.bytes }
    }

    /// The bytes cairo writes, collected.
    private final class PNGOutput {
        var bytes: [UInt8] = []
    }

    /// Owns an `RsvgHandle` (a GObject) loaded from bytes.
    private final class Handle {
        let raw: OpaquePointer

        init(_ bytes: [UInt8], failure: PictureError) throws {
            var error: UnsafeMutablePointer<GError>?
            let handle = bytes.withUnsafeBufferPointer { buffer in
                rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
            }
            if let error { g_error_free(error) }
            guard let handle else { throw failure }
            raw = handle
        }

        deinit { g_object_unref(UnsafeMutableRawPointer(raw)) }
    }

    /// Owns a cairo surface.
    private final class Surface {
        let raw: OpaquePointer?
        init(_ raw: OpaquePointer?) { self.raw = raw }
        deinit { if let raw { cairo_surface_destroy(raw) } }
    }

    /// Owns a cairo drawing context.
    private final class Context {
        let raw: OpaquePointer?
        init(_ raw: OpaquePointer?) { self.raw = raw }
        deinit { if let raw { cairo_destroy(raw) } }
    }
}
