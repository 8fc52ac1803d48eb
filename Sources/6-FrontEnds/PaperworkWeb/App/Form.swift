import Foundation
import NIOCore
import PaperworkKit

/// A submitted form: its fields and its files (display name and bytes, as ``NamedBytes``).
public struct Form: Sendable {
    public var fields: [String: [String]] = [:]
    public var files: [String: NamedBytes] = [:]

    /// An empty form.
    public init() {}

    /// The first value of field `name`, trimmed, or `nil` when empty.
    public func value(_ name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Every value of field `name` (checkboxes).
    public func values(_ name: String) -> [String] { fields[name] ?? [] }

    /// The form in `body` of the given content type (`application/x-www-form-urlencoded` or
    /// `multipart/form-data`); other bodies give an empty form.
    /// - Throws: ``Diagnostic`` `form_damaged` when a multipart body cannot be read.
    static func parse(_ body: ByteBuffer, contentType: String) throws -> Form {
        let type = contentType.lowercased()
        if type.hasPrefix("application/x-www-form-urlencoded") {
            return urlEncoded(String(buffer: body))
        }
        if type.hasPrefix("multipart/form-data"), let boundary = parameter("boundary", in: contentType) {
            return try multipart(body, boundary: boundary)
        }
        return Form()
    }

    static func urlEncoded(_ text: String) -> Form {
        var form = Form()
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            form.fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    /// A `multipart/form-data` body: parts between `--boundary` lines, each with its headers and content.
    static func multipart(_ body: ByteBuffer, boundary: String) throws -> Form {
        let bytes = Array(body.readableBytesView)
        let delimiter = Array("\r\n--\(boundary)".utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        // The first delimiter has no line break before it.
        var position = bytes.firstRange(of: delimiter.dropFirst(2))?.upperBound
        var form = Form()
        while let start = position {
            // "--" after a delimiter ends the body; otherwise a line break starts the part's headers.
            if bytes[start...].starts(with: Array("--".utf8)) { return form }
            guard bytes[start...].starts(with: Array("\r\n".utf8)),
                let headersEnd = bytes[(start + 2)...].firstRange(of: headerEnd),
                let next = bytes[headersEnd.upperBound...].firstRange(of: delimiter)
            else { break }
            let headers = String(decoding: bytes[(start + 2)..<headersEnd.lowerBound], as: UTF8.self)
            let content = bytes[headersEnd.upperBound..<next.lowerBound]
            let disposition =
                headers.components(separatedBy: "\r\n").first {
                    $0.lowercased().hasPrefix("content-disposition:")
                } ?? ""
            if let name = parameter("name", in: disposition) {
                if let fileName = parameter("filename", in: disposition) {
                    if !fileName.isEmpty || !content.isEmpty {
                        form.files[name] = NamedBytes(name: displayName(fileName), bytes: Data(content))
                    }
                } else {
                    form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
                }
            }
            position = next.upperBound
        }
        throw Diagnostic(
            "form_damaged", "форма пришла повреждённой; обновите страницу и отправьте её ещё раз",
            at: SourceLocation())
    }

    /// A file's name as the browser sent it, for display only: the last path component, no control
    /// characters. It never becomes a path on disk.
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        return clean.isEmpty ? "файл" : String(clean.prefix(200))
    }

    /// The value of `name=` in a header such as `form-data; name="x"; filename="y"`.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.components(separatedBy: ";") {
            let part = piece.trimmingCharacters(in: .whitespaces)
            guard part.lowercased().hasPrefix(name + "=") else { continue }
            var value = String(part.dropFirst(name.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}
