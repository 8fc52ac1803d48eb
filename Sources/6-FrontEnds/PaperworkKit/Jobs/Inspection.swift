import Foundation
import OfficePackage
import RussianText
import ZipArchive

/// What `paperwork inspect` shows of a document: its parts and the text of every paragraph
/// of its body, headers, footers and notes — a template author's first debugging tool.
public struct Inspection: Sendable {
    /// One entry of the package.
    public struct Part: Sendable {
        public let name: String
        public let size: UInt64
        public let compressedSize: UInt64
    }

    /// A story with its paragraphs.
    public struct Section: Sendable {
        public let story: Story
        public let paragraphs: [String]
    }

    public let file: String
    public let format: OfficeFormat
    public let parts: [Part]
    public let sections: [Section]

    /// Reads the document at `path`.
    /// - Throws: ``OfficeError`` when the file is not a readable DOCX or ODT.
    public init(path: String) throws {
        let document = try OfficeDocument(path: path)
        try self.init(document: document)
    }

    /// Inspects an opened document.
    public init(document: OfficeDocument) throws {
        file = document.label
        format = document.format
        parts = document.entries.map { Part(name: $0.name, size: $0.size, compressedSize: $0.compressedSize) }
        sections = try document.stories().map { Section(story: $0, paragraphs: try document.paragraphTexts(of: $0)) }
    }

    /// The report as a Russian text for the terminal.
    public var report: String {
        var lines = ["Файл: \(file) (\(format.rawValue.uppercased()))", "", "Части (\(parts.count)):"]
        let width = parts.map(\.name.count).max() ?? 0
        for part in parts {
            let padded = part.name.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(padded)  \(part.size) байт (в архиве \(part.compressedSize))")
        }
        for section in sections {
            lines.append("")
            lines.append(
                "\(section.story.kind.russianName.capitalizedFirstLetter) (\(section.story.part)), абзацев: \(section.paragraphs.count)"
            )
            for (index, text) in section.paragraphs.enumerated() {
                lines.append("  \(index + 1): " + Inspection.visible(text))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shows tabs and line breaks so a template author can see them.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: "→").replacingOccurrences(of: "\n", with: "↵")
    }
}
