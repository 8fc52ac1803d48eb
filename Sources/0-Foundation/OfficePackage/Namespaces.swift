/// Namespace URIs of the parts Paperwork reads and writes.
public enum NS {
    // Office Open XML (DOCX)
    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    public static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    public static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    public static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    // OpenDocument (ODT)
    public static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    public static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    public static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    public static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    public static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    public static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    public static let xml = "http://www.w3.org/XML/1998/namespace"
}
