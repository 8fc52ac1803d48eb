/// A wrong call that shows only once the command has started (an output extension that does not
/// match the template's format, known after opening the template): reported as «ошибка: …»
/// with exit 64, like a wrong argument.
struct UsageError: ReportedError {
    let message: String

    var reportedLines: [String] { [message] }
    var exitStatus: Int32 { 64 }
}
