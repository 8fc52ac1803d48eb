/// The exit status of a command, decided in one place from the diagnostics it ends with.
public enum ExitStatus {
    /// A wrong call: a missing argument, an unknown option.
    public static let usage: Int32 = 64
    /// Bad input: a data file, a template, a document.
    public static let badInput: Int32 = 65
    /// Anything else: the machine failed (a folder cannot be written, LibreOffice is missing).
    public static let failure: Int32 = 1

    /// Codes that blame the machine, not the input.
    public static let failureCodes: Set<String> = [
        "package_write_failed", "output_write_failed", "output_busy", "output_not_ours",
        "pdf_no_libreoffice", "pdf_cannot_start", "pdf_temporary_files", "pdf_timeout", "pdf_crashed",
        "pdf_not_converted", "templates_missing", "internal_error",
    ]

    /// Codes of a wrong call that shows only once a command has started (say, an output extension
    /// that does not match the template's format, known after opening the template).
    public static let usageCodes: Set<String> = ["usage_output_format"]

    /// 0 when no diagnostic is an error; 1 when any error blames the machine; 64 for a wrong call;
    /// 65 otherwise.
    public static func of(_ diagnostics: [Diagnostic]) -> Int32 {
        let errors = diagnostics.filter { $0.severity == .error }
        if errors.isEmpty { return 0 }
        if errors.contains(where: { failureCodes.contains($0.code) }) { return failure }
        return errors.contains { usageCodes.contains($0.code) } ? usage : badInput
    }
}
