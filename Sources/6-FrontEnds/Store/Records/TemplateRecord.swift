import Foundation

/// A department's own template (шаблон отдела), edited in Word or LibreOffice and checked before it
/// was kept: it replaces the shipped template of its kind and format in every document the web page writes.
public struct TemplateRecord: Sendable, Equatable {
    /// The document kind, as the shipped template is named: `order`, `order-landscape`, `report`,
    /// `rating`, `letter`.
    public var kind: String
    /// The office format: `docx` or `odt`.
    public var format: String
    /// The file's name as uploaded, for display only.
    public var fileName: String
    public var bytes: Data
    /// Who uploaded it.
    public var uploadedBy: String
    public var uploadedAt: Date

    /// A template record.
    public init(
        kind: String, format: String, fileName: String, bytes: Data, uploadedBy: String, uploadedAt: Date = Date()
    ) {
        self.kind = kind
        self.format = format
        self.fileName = fileName
        self.bytes = bytes
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }

    /// The shipped template's file name it replaces (`letter.docx`).
    public var shippedName: String { "\(kind).\(format)" }
}
