import Diagnostics
import Foundation
import Monitoring

@testable import Ingest

/// The first problem a reader threw, whatever its error type: code, message, line and column.
struct Reported: Equatable, CustomStringConvertible {
    let code: String
    let message: String
    let line: Int?
    let column: Int?

    var description: String { "\(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-") \(code): \(message)" }

    /// Every problem of a reader's error: the diagnostics of its ``DiagnosticReport``.
    static func all(_ error: any Error) -> [Reported] {
        guard let report = error as? DiagnosticReport else {
            return [Reported(code: "unexpected", message: String(describing: error), line: nil, column: nil)]
        }
        return report.diagnostics.map {
            Reported(code: $0.code, message: $0.message, line: $0.location.line, column: $0.location.column)
        }
    }

    /// The problems `body` threw; empty when it did not throw.
    static func of(_ body: () throws -> Void) -> [Reported] {
        do {
            try body()
            return []
        } catch {
            return all(error)
        }
    }

    /// English words of libyaml's and Foundation's messages that must never reach a user.
    static let englishWords = [
        "while", "found", "expected", "parser", "scanner", "parsing", "scanning", "line ", "column",
        "mapping", "sequence", "error", "character", "JSON text", "The data", "invalid",
    ]

    /// True when the message is Russian and carries none of the English words.
    var isRussianOnly: Bool {
        message.contains { ("а"..."я").contains($0) || ("А"..."Я").contains($0) }
            && !Reported.englishWords.contains { message.localizedCaseInsensitiveContains($0) }
    }
}

/// Small valid inputs for the readers.
enum Samples {
    static let methodology = """
        title: Проверка
        levels:
          scale: points
          items:
            - {id: high, name: высокий, from: 2, to: 3}
            - {id: low, name: низкий, from: 0, to: 1}
        directions:
          - title: Направление
            indicators:
              - {id: a, title: Факт, max: 3, rule: {kind: fact, points: 3}}

        """

    static var parsedMethodology: Methodology {
        get throws { try Methodology.parse(methodology, file: "методика.yaml") }
    }

    static let order = """
        issuer: [ОТДЕЛ ОБРАЗОВАНИЯ]
        date: 2023-11-20
        number: "214"
        title: Об итогах мониторинга
        people:
          head: {surname: Ковалёва, first_name: Ирина, patronymic: Сергеевна, title: начальник отдела образования}
          deputy: {surname: Тихомиров, first_name: Андрей, patronymic: Ильич, title: заместитель начальника}
        items:
          - Утвердить рейтинг (приложение).
          - "Контроль возложить на {{ deputy | accusative }}."
        signatory: head

        """

    /// An alias bomb («billion laughs»): ten references to the line above, nine lines deep.
    static func aliasBomb(indent: String = "") -> String {
        var lines = [indent + "a0: &a0 [ха, ха, ха, ха, ха, ха, ха, ха, ха, ха]"]
        for level in 1...9 {
            lines.append(
                indent + "a\(level): &a\(level) ["
                    + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let folder = URL(fileURLWithPath: NSTemporaryDirectory())
}
