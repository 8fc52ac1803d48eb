/// A raster picture for a document: PNG or JPEG bytes as they are, with the size in pixels read
/// from the header. Reading checks the header only, so a picture bomb (a small file that declares
/// an enormous image) is refused before anything is decoded; Word and LibreOffice decode it.
public struct Picture: Sendable, Hashable {
    public enum Format: String, Sendable {
        case png, jpeg

        /// The file extension, without the dot.
        public var fileExtension: String { self == .png ? "png" : "jpeg" }
        /// The media type.
        public var mediaType: String { self == .png ? "image/png" : "image/jpeg" }
    }

    public let bytes: [UInt8]
    public let format: Format
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// The largest file taken: 20 MB.
    public static let maximumBytes = 20 * 1024 * 1024
    /// The largest side taken: 8 000 pixels (a page at 600 dpi is about 5 000).
    public static let maximumSide = 8_000

    /// Reads a PNG or JPEG.
    /// - Throws: ``PictureError`` when the bytes are neither, are damaged, or are too large.
    public init(bytes: [UInt8]) throws {
        guard bytes.count <= Self.maximumBytes else {
            throw PictureError(
                .tooLarge,
                "изображение занимает \(bytes.count / 1_048_576) МБ — больше 20 МБ; уменьшите его в графическом редакторе"
            )
        }
        let size: (width: Int, height: Int)
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            format = .png
            size = try Self.pngSize(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            format = .jpeg
            size = try Self.jpegSize(bytes)
        } else {
            throw PictureError(
                .unknownFormat, "это не изображение PNG или JPEG; сохраните его в одном из этих форматов")
        }
        guard size.width > 0, size.height > 0 else {
            throw PictureError(.damaged, "у изображения нулевой размер; файл повреждён — сохраните его заново")
        }
        guard size.width <= Self.maximumSide, size.height <= Self.maximumSide else {
            throw PictureError(
                .tooLarge,
                "изображение \(size.width)×\(size.height) точек больше \(Self.maximumSide) точек по стороне; "
                    + "уменьшите его в графическом редакторе")
        }
        self.bytes = bytes
        pixelWidth = size.width
        pixelHeight = size.height
    }

    /// Whether `bytes` begin as a PNG or JPEG does (the size is not checked).
    public static func isPicture(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF])
    }

    /// PNG: the IHDR chunk right after the signature.
    private static func pngSize(_ bytes: [UInt8]) throws -> (width: Int, height: Int) {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw PictureError(.damaged, "файл PNG повреждён (нет заголовка IHDR); сохраните изображение заново")
        }
        return (bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4))
    }

    /// JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
    private static func jpegSize(_ bytes: [UInt8]) throws -> (width: Int, height: Int) {
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { break }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 {
                index += 2
                continue
            }
            let length = bigEndian(bytes, index + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(bytes, index + 7, 2), bigEndian(bytes, index + 5, 2))
            }
            guard length >= 2 else { break }
            index += 2 + length
        }
        throw PictureError(.damaged, "файл JPEG повреждён (не найден размер изображения); сохраните его заново")
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
