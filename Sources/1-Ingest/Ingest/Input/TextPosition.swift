import Diagnostics
import Foundation

/// A place in a text file: a line and a column, both from 1; the column counts characters
/// (Unicode scalars), as editors and libyaml do.
struct TextPosition: Sendable, Equatable {
    var line: Int
    var column: Int

    /// The position of byte `offset` in UTF-8 `bytes` (the offset may be the end).
    init(offset: Int, in bytes: Data) {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        let end = bytes.index(bytes.startIndex, offsetBy: min(max(offset, 0), bytes.count))
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        self.line = line
        self.column = column
    }

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// A location in `file` at this position.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
