import Pictures

/// A picture as a template places it: the picture, its size on the page and the text that
/// describes it (alternative text, and what the picture prints as in plain text). An SVG is placed
/// as its vector with `picture` its PNG fallback.
public struct PlacedPicture: Sendable, Equatable {
    /// The raster picture: the picture itself, or the PNG fallback of ``vector``.
    public let picture: Picture
    /// The SVG shown by readers that can, or nil.
    public let vector: SVGImage?
    public let width: Length
    public let height: Length
    public let description: String

    /// Places `picture` (or `vector` with `picture` its fallback) at `width` (or `height`) with its
    /// own proportions; at 96 dpi when neither is given.
    public init(
        _ picture: Picture, vector: SVGImage? = nil, width: Length? = nil, height: Length? = nil,
        description: String = ""
    ) {
        self.picture = picture
        self.vector = vector
        self.description = description
        let pixels =
            vector.map { (width: $0.width, height: $0.height) }
            ?? (width: Double(picture.pixelWidth), height: Double(picture.pixelHeight))
        let ratio = pixels.height / pixels.width
        switch (width, height) {
        case (let width?, let height?):
            self.width = width
            self.height = height
        case (let width?, nil):
            self.width = width
            self.height = Length(emu: Int((Double(width.emu) * ratio).rounded()))
        case (nil, let height?):
            self.width = Length(emu: Int((Double(height.emu) / ratio).rounded()))
            self.height = height
        case (nil, nil):
            self.width = Length(emu: Int((pixels.width * 9_525).rounded()))
            self.height = Length(emu: Int((pixels.height * 9_525).rounded()))
        }
    }
}
