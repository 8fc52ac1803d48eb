import Foundation
import XMLTree

/// A vector picture (SVG) for a document: the bytes as they are, and its size read through our XML
/// layer (no entities, no DTD, no network), from `width`/`height` or else the `viewBox`.
///
/// Reading refuses what a word processor could be made to fetch or expand: entity declarations
/// and external DTDs (the XML layer), scripts, XInclude and references to anything but the
/// picture itself or inline `data:` (``SVGSafety``). The same size limits as for raster pictures.
public struct SVGImage: Sendable, Hashable {
    public static let namespace = "http://www.w3.org/2000/svg"

    public let bytes: [UInt8]
    /// The size in CSS pixels (96 a inch).
    public let width: Double
    public let height: Double

    /// Reads an SVG.
    /// - Throws: ``PictureError`` when the bytes are no SVG, are damaged, unsafe or too large.
    public init(bytes: [UInt8]) throws {
        guard bytes.count <= Picture.maximumBytes else {
            throw PictureError(
                .tooLarge,
                "рисунок SVG занимает \(bytes.count / 1_048_576) МБ — больше 20 МБ; упростите или уменьшите его")
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes: bytes, part: "SVG")
        } catch let error as XMLError {
            let place = error.line.map { " (строка \($0))" } ?? ""
            throw PictureError(
                error.code == .malformed || error.code == .empty ? .damaged : .unsafe,
                "рисунок SVG не читается\(place): \(error.message); сохраните его заново в графическом редакторе")
        }
        let root = document.root
        guard root.is("svg", in: Self.namespace) else {
            throw PictureError(
                .unknownFormat,
                "это не рисунок SVG (корневой элемент не svg в пространстве имён SVG); сохраните его как SVG")
        }
        try SVGSafety.check(root)
        let box = Self.viewBox(root.attribute("viewBox"))
        let width = Self.pixels(root.attribute("width")) ?? box?.width
        let height = Self.pixels(root.attribute("height")) ?? box?.height
        guard var width, var height, width > 0, height > 0, width.isFinite, height.isFinite else {
            throw PictureError(
                .badSize,
                "у рисунка SVG не указан размер: нет ни width и height, ни viewBox; добавьте viewBox=\"0 0 ширина высота\""
            )
        }
        // One side given: the other keeps the viewBox's proportions.
        if root.attribute("width") != nil, Self.pixels(root.attribute("height")) == nil, let box {
            height = width * box.height / box.width
        } else if root.attribute("height") != nil, Self.pixels(root.attribute("width")) == nil, let box {
            width = height * box.width / box.height
        }
        let side = Double(Picture.maximumSide)
        guard width <= side, height <= side else {
            throw PictureError(
                .tooLarge,
                "рисунок SVG \(Int(width))×\(Int(height)) точек больше \(Picture.maximumSide) точек по стороне; "
                    + "уменьшите width и height")
        }
        self.bytes = bytes
        self.width = width
        self.height = height
    }

    /// The longer side of the PNG fallback, in pixels: sharp enough for print at the sizes pictures
    /// take on a page.
    public static let fallbackSide = 1_000

    /// The PNG shown where SVG is not read (Word before 2016): the picture drawn with its longer
    /// side ``fallbackSide`` pixels, in its own proportions.
    /// - Throws: ``PictureError`` when librsvg cannot draw it.
    public func fallback() throws -> Picture {
        let scale = Double(Self.fallbackSide) / max(width, height)
        let pixelWidth = max(1, Int((width * scale).rounded()))
        let pixelHeight = max(1, Int((height * scale).rounded()))
        return try Picture(bytes: try SVGRasterizer.png(self, width: pixelWidth, height: pixelHeight))
    }

    /// Whether `bytes` look like an SVG: markup with an `<svg` near its start (checked loosely;
    /// ``init(bytes:)`` checks for real).
    public static func isSVG(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4_096), as: UTF8.self)
        let start = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return start.hasPrefix("<") && head.contains("<svg")
    }

    /// A length in CSS pixels: a number with an optional unit (px, pt, pc, mm, cm, in); nil for
    /// percentages, `auto` or nonsense.
    static func pixels(_ text: String?) -> Double? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let units: [String: Double] = [
            "": 1, "px": 1, "pt": 96.0 / 72, "pc": 16, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96,
        ]
        let number = text.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }
        guard let value = Double(number), let unit = units[String(text.dropFirst(number.count)).lowercased()] else {
            return nil
        }
        return value * unit
    }

    /// The width and height of a `viewBox="min-x min-y width height"`.
    static func viewBox(_ text: String?) -> (width: Double, height: Double)? {
        guard let text else { return nil }
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" })
            .compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
        return (numbers[2], numbers[3])
    }
}
