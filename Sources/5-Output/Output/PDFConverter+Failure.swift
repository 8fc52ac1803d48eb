import Foundation

extension PDFConverter {
    /// Documents that could not be converted, or why no conversion could start; in Russian.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let problems: [Problem]
        /// The index of the document each problem concerns, when every problem concerns one.
        let documents: [Int]

        init(problems: [Problem], documents: [Int] = []) {
            self.problems = problems
            self.documents = documents.count == problems.count ? documents : []
        }

        init(_ code: Problem.Code, _ message: String) {
            problems = [Problem(code: code, document: nil, message: message)]
            documents = []
        }

        /// Every problem, one a line.
        public var message: String { problems.map(\.description).joined(separator: "\n") }
        public var description: String { message }
    }

    /// One problem of a conversion: a stable code, the PDF it concerns (its file name) and a Russian
    /// message that says what to do.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public enum Code: String, Sendable {
            case notInstalled = "pdf_no_libreoffice"
            case cannotStart = "pdf_cannot_start"
            case temporaryFiles = "pdf_temporary_files"
            case timedOut = "pdf_timeout"
            case crashed = "pdf_crashed"
            case notConverted = "pdf_not_converted"
        }

        public let code: Code
        public let document: String?
        public let message: String

        init(code: Code, document: String?, message: String) {
            self.code = code
            self.document = document
            self.message = message
        }

        public var description: String { (document.map { "\($0): " } ?? "") + "\(code.rawValue): \(message)" }

        private static let findTheCause =
            "получите документ в DOCX или ODT и откройте его в LibreOffice, чтобы найти причину"

        /// The problem of `document`, whose last soffice run of `seconds` at most ended with `outcome`.
        init(outcome: ProcessGroup.Outcome, seconds: Double, document: String) {
            self.document = document
            switch outcome {
            case .timedOut, .stopped:
                code = .timedOut
                message =
                    "LibreOffice не преобразовал документ в PDF за \(Int(seconds.rounded(.up))) с и был остановлен; "
                    + "запустите ещё раз, а если повторится — " + Self.findTheCause
            case .signalled(let signal):
                code = .crashed
                message =
                    "LibreOffice аварийно завершился (сигнал \(signal)), преобразуя документ в PDF; "
                    + "запустите ещё раз, а если повторится — " + Self.findTheCause
            case .exited(let status):
                code = .notConverted
                message =
                    "LibreOffice не смог преобразовать документ в PDF (код завершения \(status)); " + Self.findTheCause
            }
        }
    }

    static func temporaryFilesMessage(_ folder: String) -> String {
        "не удалось записать временные файлы для LibreOffice в «\(folder)»; освободите место на диске "
            + "или укажите другую временную папку в TMPDIR"
    }

    static func cannotStartMessage(_ executable: String) -> String {
        "не удалось запустить LibreOffice («\(executable)»); переустановите пакет libreoffice-writer-nogui "
            + "или уберите pdf из --format"
    }
}
