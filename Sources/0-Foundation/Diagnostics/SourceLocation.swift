/// Where a diagnostic points: a file and, as far as known, the place inside it — a package part
/// and paragraph (documents and templates), a line and column (YAML), a sheet, row and column
/// (spreadsheets). Only the fields that apply are set.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The file's display name (an upload's name or a path's last component), never a full path.
    public var file: String?
    /// A part of a DOCX/ODT package (`word/document.xml`).
    public var part: String?
    /// The story of a part when it holds several (header, footer, notes), in Russian.
    public var story: String?
    /// A sheet of a workbook.
    public var sheet: String?
    /// A line of a text file, 1-based.
    public var line: Int?
    /// A column of a text file, 1-based.
    public var column: Int?
    /// A row as the spreadsheet numbers it.
    public var row: Int?
    /// A table column: its letter and, where known, its heading («C «Название ОО»»).
    public var field: String?
    /// A paragraph as `paperwork inspect` numbers it.
    public var paragraph: Int?
    /// The template tag as written.
    public var tag: String?

    /// A location; every field is optional.
    public init(
        file: String? = nil, part: String? = nil, story: String? = nil, sheet: String? = nil, line: Int? = nil,
        column: Int? = nil, row: Int? = nil, field: String? = nil, paragraph: Int? = nil, tag: String? = nil
    ) {
        self.file = file
        self.part = part
        self.story = story
        self.sheet = sheet
        self.line = line
        self.column = column
        self.row = row
        self.field = field
        self.paragraph = paragraph
        self.tag = tag
    }

    /// «файл.yaml, строка 3, позиция 7», «шаблон.docx: word/document.xml, абзац 12»,
    /// «результаты.xlsx, лист «Лист1», строка 5, столбец «C»».
    public var description: String {
        var head = file ?? ""
        if let part {
            head += (head.isEmpty ? "" : ": ") + part
            if let story { head += " (\(story))" }
        }
        var pieces = head.isEmpty ? [] : [head]
        if let sheet { pieces.append("лист «\(sheet)»") }
        if let line { pieces.append("строка \(line)") }
        if let column { pieces.append("позиция \(column)") }
        if let row { pieces.append("строка \(row)") }
        if let field { pieces.append("столбец «\(field)»") }
        if let paragraph { pieces.append("абзац \(paragraph)") }
        return pieces.joined(separator: ", ")
    }
}
