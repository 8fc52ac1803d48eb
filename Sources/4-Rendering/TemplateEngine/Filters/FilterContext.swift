/// What a contextual filter receives from the rendering that calls it, besides its value and
/// arguments: for now the files it may read by name (`image("герб.png")`, `subdoc("приложение.docx")`).
public struct FilterContext: Sendable {
    /// The files beside the data file (``Template/Options/files``).
    public var files: AttachedFiles

    /// - Parameter files: the files the rendering may read by name.
    public init(files: AttachedFiles = .none) {
        self.files = files
    }

    /// No files.
    public static let none = FilterContext()
}
