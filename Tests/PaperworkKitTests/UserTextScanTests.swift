import Foundation
import TestSupport
import Testing

/// No Swift type name or English system text reaches a user: no source file interpolates an
/// error value into text or asks C for its English `strerror`; errors become Russian messages
/// through `Diagnostic.from(_:)` and `SystemText`.
@Suite struct UserTextScanTests {
    /// What gives an error's own text away, each with the reason shown when found.
    static let patterns: [(pattern: String, reason: String)] = [
        (#"\\\(\s*[A-Za-z_]*(?:[eE]rror|[fF]ailure)\s*\)"#, "значение ошибки подставлено в текст"),
        (#"\.localizedDescription\b"#, "английский текст ошибки Foundation"),
        (#"String\(\s*(?:describing|reflecting):\s*[A-Za-z_.]*(?:[eE]rror|[fF]ailure)\b"#, "имя типа ошибки в тексте"),
        (#"strerror\("#, "английский системный текст strerror"),
    ]

    /// The offending lines of `text`, as «line: reason»; comment lines are skipped.
    static func findings(in text: String) throws -> [String] {
        let compiled = try patterns.map { (try Regex($0.pattern), $0.reason) }
        var found: [String] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
            for (regex, reason) in compiled where line.contains(regex) {
                found.append("\(index + 1): \(reason)")
            }
        }
        return found
    }

    @Test(arguments: [
        #"throw Failure("не удалось: \(error)")"#, #"print("\(failure)")"#, #"let text = "\( zipError )""#,
        #"message: error.localizedDescription"#, #"let shown = String(describing: error)"#,
        #"String(reflecting: self.failure)"#, #"String(cString: strerror(errno))"#,
        #"String(cString: zip_error_strerror(&error))"#,
    ])
    func scannerCatches(_ line: String) throws {
        #expect(try Self.findings(in: line).count == 1)
    }

    @Test(arguments: [
        #"problems.append("в тексте: \(failure.message)")"#, #"// never write "\(error)" into a message"#,
        #"let text = String(describing: level)"#, #"SystemText.errno(code)"#,
    ])
    func scannerLetsPass(_ line: String) throws {
        #expect(try Self.findings(in: line).isEmpty)
    }

    @Test func noSourceFileShowsAnErrorsOwnText() throws {
        let sources = Paths.root.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 100, "исходники не найдены в \(sources.path)")
        for file in files {
            let found = try Self.findings(in: String(contentsOf: file, encoding: .utf8))
            let name = file.path.replacingOccurrences(of: Paths.root.path + "/", with: "")
            #expect(found.isEmpty, "\(name): \(found.joined(separator: "; "))")
        }
    }
}
