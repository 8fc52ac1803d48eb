import XMLTree
import ZipArchive

/// The paragraph texts of a rendered fixture's body, read straight from the package.
public enum OfficeDocumentText {
    public static func paragraphs(_ package: [UInt8]) throws -> [String] {
        let zip = try ZipReader(bytes: package, label: "result")
        let part = zip.contains("content.xml") ? "content.xml" : "word/document.xml"
        let document = try XMLDocument(bytes: try zip.read(part), part: part)
        let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        if part == "content.xml" {
            return document.root.descendants("p", in: text).map(\.text)
        }
        return document.root.descendants("p", in: w).map { $0.descendants("t", in: w).map(\.text).joined() }
    }
}
