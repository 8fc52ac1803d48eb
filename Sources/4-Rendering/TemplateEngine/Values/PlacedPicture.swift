import Pictures

/// A picture as a template places it: the picture, its size on the page and the text that
/// describes it (alternative text, and what the picture prints as in plain text).
public struct PlacedPicture: Sendable, Equatable {
    public let picture: Picture
    public let width: Length
    public let height: Length
    public let description: String

    /// Places `picture` at `width` (or `height`) with its own proportions; at 96 dpi when neither is given.
    public init(_ picture: Picture, width: Length? = nil, height: Length? = nil, description: String = "") {
        self.picture = picture
        self.description = description
        let ratio = Double(picture.pixelHeight) / Double(picture.pixelWidth)
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
            self.width = Length(emu: picture.pixelWidth * 9_525)
            self.height = Length(emu: picture.pixelHeight * 9_525)
        }
    }
}
