import Foundation
import Pictures

/// `qr` and `image`: values that place a picture where the tag stands.
///
/// - `{{ qr(text, size="2.5cm") }}` (or `{{ text | qr("2.5cm") }}`): a QR code of the text (error
///   correction M), a square of that side.
/// - `{{ image(value, width="3cm") }}` (`height=`, `description=`): a PNG, JPEG or SVG the data carries
///   as base64 (with or without a `data:image/png;base64,` prefix), or the name of a file beside the
///   data file (`image("герб.png")`, read through ``FilterContext/files``); with one of the sizes the
///   other keeps the picture's proportions, with neither it is placed at 96 dpi. An SVG goes in as
///   itself with a PNG fallback drawn by librsvg (``SVGImage/fallback()``).
enum PictureFilters {
    static func register(in registry: inout FilterRegistry) {
        registry.register("qr") { value, arguments in
            let options = try FilterOptions("qr", arguments, positional: ["size"], keywords: ["size"])
            let size = try options.length("size") ?? Length(emu: 900_000)
            let text = value.text
            guard !text.isEmpty else { throw FilterFailure("qr: текст пуст; QR-код строится из непустого текста") }
            let code = try failing("qr") { try QRCode(text).png() }
            return .picture(PlacedPicture(code, width: size, height: size, description: text))
        }
        registry.registerContextual("image") { value, arguments, context in
            let options = try FilterOptions(
                "image", arguments, positional: ["width", "height"], keywords: ["width", "height", "description"])
            let width = try options.length("width")
            let height = try options.length("height")
            let description = options.values["description"]?.text ?? ""
            if case .picture(let placed) = value {
                return .picture(
                    PlacedPicture(
                        placed.picture, vector: placed.vector, width: width, height: height, description: description))
            }
            return try failing("image") {
                let bytes = try bytes(of: value.text, files: context.files)
                guard SVGImage.isSVG(bytes) else {
                    return .picture(
                        PlacedPicture(
                            try raster(bytes), width: width, height: height, description: description))
                }
                let vector = try SVGImage(bytes: bytes)
                return .picture(
                    PlacedPicture(
                        try vector.fallback(), vector: vector, width: width, height: height, description: description))
            }
        }
    }

    /// The picture's bytes: `text` as base64 when it decodes to a picture, else the file it names
    /// (a short line with a dot or a slash: `герб.png`, `картинки/герб.png`).
    private static func bytes(of text: String, files: AttachedFiles) throws -> [UInt8] {
        if let decoded = try? decode(text), Picture.isPicture(decoded) || SVGImage.isSVG(decoded) { return decoded }
        let name = text.trimmingCharacters(in: .whitespaces)
        let looksLikeName =
            !name.isEmpty && name.count <= 1_024 && !name.contains(where: \.isNewline)
            && (name.contains(".") || name.contains("/") || name.contains("\\"))
        guard looksLikeName else { return try decode(text) }
        do {
            return try files.read(name, maximumBytes: Picture.maximumBytes)
        } catch let failure as FilterFailure {
            throw PictureError(.unreadable, failure.message)
        }
    }

    /// A PNG or JPEG; anything else is named as not one of the three formats `image` takes.
    private static func raster(_ bytes: [UInt8]) throws -> Picture {
        do {
            return try Picture(bytes: bytes)
        } catch let error as PictureError where error.code == .unknownFormat {
            throw PictureError(
                .unknownFormat, "это не изображение PNG, JPEG или SVG; сохраните его в одном из этих форматов")
        }
    }

    /// The bytes of base64 text, with or without a `data:…;base64,` prefix.
    private static func decode(_ text: String) throws -> [UInt8] {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.hasPrefix("data:"), let comma = body.firstIndex(of: ",") { body = body[body.index(after: comma)...] }
        let compact = String(body.filter { !$0.isWhitespace })
        guard !compact.isEmpty, let data = Data(base64Encoded: compact) else {
            throw PictureError(
                .unknownFormat,
                "значение не является изображением в base64; поместите в данные PNG, JPEG или SVG, закодированный в base64"
            )
        }
        return [UInt8](data)
    }

    static func failing<T>(_ filter: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PictureError {
            throw FilterFailure("\(filter): " + error.message)
        }
    }
}
